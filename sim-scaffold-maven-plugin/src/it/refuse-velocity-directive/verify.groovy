// A Velocity directive with a Runtime.exec payload in invariants: refused, never evaluated.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'invariants' = '#set(\$rt = \$groupId.getClass().forName('java.lang.Runtime'))...' (96 characters) contains a dollar sign, which generated code cannot carry safely")
assert !new File(basedir, 'pwned').exists()
