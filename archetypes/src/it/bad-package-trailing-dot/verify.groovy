// A trailing dot in the package: refused, and the module directory goes too.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'package' = 'com.example.' is not a valid Java package name: it has an empty segment", [])
