// A Velocity directive without a reference: the hash sign alone is refused.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'invariants' = '#include('/etc/hostname')' contains a hash sign, which generated code cannot carry safely")
