// sim-scaffold:add into a parent with a declaration, comments and blank lines: the parent pom differs
// from the original by exactly one inserted line, indented like its sibling; the module inherits the
// parent (groupId and version too) and builds green in the parent's reactor.
String original = new File(itSources, 'add-to-parent/pom.xml').getText('ISO-8859-1')
String now = new File(basedir, 'pom.xml').getText('ISO-8859-1')
String sibling = '    <module>billing</module>\n'
assert now == original.replace(sibling, sibling + '    <module>coordination</module>\n')
List<String> before = original.readLines()
List<String> after = now.readLines()
assert after.size() == before.size() + 1
assert after - before == ['    <module>coordination</module>']

def module = new groovy.xml.XmlSlurper().parse(new File(basedir, 'coordination/pom.xml'))
assert module.parent.artifactId.text() == 'platform'
assert module.parent.groupId.text() == 'com.example.platform'
assert module.groupId.isEmpty()
assert module.version.isEmpty()

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("added as <module> of ${basedir}/pom.xml and inherits it")
// The staging directory never appears in the log: archetype-common's line naming it is kept out.
assert log.readLines().findAll { it.contains('.sim-scaffold-') }.isEmpty()
assert !log.contains('Project created from Archetype in dir')
assert basedir.list().findAll { it.startsWith('.sim-scaffold-') }.isEmpty()
assert log.contains('Reactor Build Order')
assert log.readLines().any { it ==~ /.*Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0$/ }
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
