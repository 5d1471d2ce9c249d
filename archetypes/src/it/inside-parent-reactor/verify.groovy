// Generated inside a pom-packaged project without <modules>, then built from that parent: the
// module is listed in a new <modules>, inherits the parent and passes verify in the parent's reactor,
// with its sources in a package whose name is not ASCII.
def slurper = new groovy.xml.XmlSlurper()
def parent = slurper.parse(new File(basedir, 'pom.xml'))
assert parent.modules.module*.text() == ['coordination']
def module = slurper.parse(new File(basedir, 'coordination/pom.xml'))
assert module.parent.artifactId.text() == 'platform'
// Same groupId as the parent: inherited. The default version differs from the parent's: kept, and
// the report says how to inherit it.
assert module.groupId.isEmpty()
assert module.version.text() == '0.1.0-SNAPSHOT'
assert new File(basedir, 'coordination/src/main/java/com/example/platform/co\u00f6rdination').isDirectory()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('SIM-SCAFFOLD REPORT')
assert log.contains('added as <module> of')
assert log.contains("Note:          version 0.1.0-SNAPSHOT differs from the parent's 1.0.0-SNAPSHOT; pass -Dversion=1.0.0-SNAPSHOT to inherit it")
assert log.contains('Reactor Build Order')
assert log.readLines().any { it ==~ /.*Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0$/ }
assert !log.contains('BUILD FAILURE')
