// A java.* package: the JVM would refuse to load the module's classes, so the module could not build.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'package' = 'java.leases' is not a valid Java package name: the JVM refuses to load classes in java.* packages. What was generated has been removed.", [])
