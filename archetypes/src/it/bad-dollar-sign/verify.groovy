// A '$' in a value. With __moduleName__ file-name tokens the plugin itself would crash on it
// ("Illegal group reference") and leave a half-written module; the archetype names files in its
// script instead, so the value reaches validation and is rejected cleanly.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'moduleName' = 'Lease\$Table' contains a dollar sign, which generated code cannot carry safely. What was generated has been removed.", [])
