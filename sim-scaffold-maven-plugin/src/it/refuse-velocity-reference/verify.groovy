// A Velocity reference in a value: archetype:generate evaluates it (this one would run 'touch pwned'); the
// plugin refuses it by the archetype's rules, and nothing evaluated it: no file 'pwned' appeared.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'moduleName' = '\${groupId.getClass().forName('java.lang.Runtime').getRuntime...' (83 characters) contains a dollar sign, which generated code cannot carry safely")
assert !new File(basedir, 'pwned').exists()
