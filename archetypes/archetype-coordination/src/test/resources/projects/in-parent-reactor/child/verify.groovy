// Generated inside a pom-packaged project: the parent lists the module, the module inherits the
// parent (its build above resolved the parent through the relative path, and took groupId and version
// from it), and it builds green.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyModule = evaluate(new File(basedir, '../../verify-common.groovy'))
verifyModule(projectDir, basedir)

def slurper = new groovy.xml.XmlSlurper()
def parent = slurper.parse(new File(projectDir.parentFile, 'pom.xml'))
assert parent.modules.module*.text() == ['coordination']
def pom = slurper.parse(new File(projectDir, 'pom.xml'))
assert pom.parent.groupId.text() == 'com.example.platform'
assert pom.parent.artifactId.text() == 'platform'
assert pom.parent.version.text() == '2.0.0-SNAPSHOT'
// groupId and version equal the parent's, so the module inherits them instead of repeating them.
assert pom.groupId.isEmpty()
assert pom.version.isEmpty()
assert new File(projectDir, 'pom.xml').text.contains('''  <parent>
    <groupId>com.example.platform</groupId>
    <artifactId>platform</artifactId>
    <version>2.0.0-SNAPSHOT</version>
  </parent>''')
assert new File(projectDir, 'build.log').text.contains('com.example.platform:coordination')
return true
