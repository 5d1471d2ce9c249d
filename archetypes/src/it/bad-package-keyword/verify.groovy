// A reserved word as a package segment: batch mode skips validationRegex, the post-generate script
// rejects the value and removes the module it had just generated.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'package' = 'com.example.class' is not a valid Java package name: 'class' is a reserved Java word. What was generated has been removed.", [])
