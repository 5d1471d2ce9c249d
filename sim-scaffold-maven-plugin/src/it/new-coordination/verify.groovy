// sim-scaffold:new for the coordination type: a standalone project in ./leases whose tests pass, the
// machine's report naming the final location, the staging directory gone, the invariant carried literally.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('SIM-SCAFFOLD REPORT')
assert log.contains("Location:      ${basedir}/leases (standalone project)")
// The staging directory never appears in the log: archetype-common's line naming it is kept out.
assert log.readLines().findAll { it.contains('.sim-scaffold-') }.isEmpty()
assert !log.contains('Project created from Archetype in dir')
assert basedir.list().findAll { it.startsWith('.sim-scaffold-') }.isEmpty()

def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'leases/pom.xml'))
assert pom.parent.artifactId.text() == 'sim-scaffold-module-parent'
assert pom.groupId.text() == 'com.example'
File pending = new File(basedir, 'leases/src/test/java/com/example/LeaseTablePendingInvariants.java')
assert pending.getText('UTF-8').contains("a shard's lease has one holder at a time")

assert log.readLines().any { it ==~ /.*Tests run: \d+, Failures: 0, Errors: 0, Skipped: [1-9]\d*$/ }
assert log.contains('BUILD SUCCESS')
evaluate(new File(itSources, 'readme-count.groovy'))(new File(itSources), log, /generated module's (\d+) tests/)
assert !log.contains('BUILD FAILURE')
