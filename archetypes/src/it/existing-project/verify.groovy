// The target directory already holds a Maven project: the plugin itself refuses before writing.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, 'A Maven project already exists in the directory', ['leases/pom.xml'])
assert new File(basedir, 'leases/pom.xml').text.contains('<version>7</version>')
