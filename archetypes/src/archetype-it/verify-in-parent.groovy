// Shared checks of a module generated inside a pom-packaged project (every archetype's
// in-parent-reactor case: a pom-root parent from archetype.pom.properties and archetype.properties, the
// module from child/archetype.properties): the parent lists the module, the module inherits the parent
// (its build resolved the parent through the relative path and took groupId and version from it), and
// it builds green.
return { File projectDir, File caseDir ->
    def verifyModule = evaluate(new File(caseDir, '../../verify-common.groovy'))
    verifyModule(projectDir, caseDir)

    def load = { File file -> Properties values = new Properties(); file.withReader('UTF-8') { values.load(it) }; values }
    Properties parentValues = load(new File(caseDir, '../archetype.properties'))
    Properties values = load(new File(caseDir, 'archetype.properties'))
    def slurper = new groovy.xml.XmlSlurper()
    def parent = slurper.parse(new File(projectDir.parentFile, 'pom.xml'))
    assert parent.modules.module*.text() == [values.artifactId]
    def pom = slurper.parse(new File(projectDir, 'pom.xml'))
    assert pom.parent.groupId.text() == parentValues.groupId
    assert pom.parent.artifactId.text() == parentValues.artifactId
    assert pom.parent.version.text() == parentValues.version
    // groupId and version equal the parent's, so the module inherits them instead of repeating them.
    assert values.groupId == parentValues.groupId && values.version == parentValues.version
    assert pom.groupId.isEmpty()
    assert pom.version.isEmpty()
    assert new File(projectDir, 'pom.xml').text.contains("""  <parent>
    <groupId>${parentValues.groupId}</groupId>
    <artifactId>${parentValues.artifactId}</artifactId>
    <version>${parentValues.version}</version>
  </parent>""")
    assert new File(projectDir, 'build.log').text.contains("${values.groupId}:${values.artifactId}")
    return true
}
