// An empty package segment: the plugin writes the templates to com/x anyway; nothing of it may stay,
// not even the module directory.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'package' = 'com..x' is not a valid Java package name: it has an empty segment", [])
