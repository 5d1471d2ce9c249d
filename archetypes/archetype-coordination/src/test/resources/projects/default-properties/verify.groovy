// Batch mode with only groupId and artifactId: package defaults to the groupId, version to
// 0.1.0-SNAPSHOT, moduleName to LeaseTable, invariants to none, simVersion to the archetype's version.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyModule = evaluate(new File(basedir, '../verify-common.groovy'))
verifyModule(projectDir, 'com.example', 'LeaseTable', [])

def pom = new groovy.xml.XmlSlurper().parse(new File(projectDir, 'pom.xml'))
assert pom.parent.isEmpty()
assert pom.version.text() == '0.1.0-SNAPSHOT'
File archetypePom = new File(projectDir.path.substring(0, projectDir.path.lastIndexOf('/target/')), 'pom.xml')
assert pom.properties.'sim.version'.text() == new groovy.xml.XmlSlurper().parse(archetypePom).parent.version.text()
assert !new File(projectDir, 'src/test/java/com/example/LeaseTableProperties.java').text.contains('@Disabled')
return true
