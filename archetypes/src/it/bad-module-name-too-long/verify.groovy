// A 300-character moduleName would make file names too long for the file system: refused by name
// before any file is renamed, and the files written under their template names are removed.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'moduleName' = 'L${'e' * 59}...' (300 characters) is longer than 64 characters", [])
