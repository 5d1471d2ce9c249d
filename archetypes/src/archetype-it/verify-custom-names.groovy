// Shared checks of a module generated with every name customised, for every archetype's
// custom-package-and-name case: the pom carries the given groupId and version, every source file is in
// the given package or below it, and no source still names the descriptor's default moduleName.
return { File projectDir, File caseDir ->
    def verifyModule = evaluate(new File(caseDir, '../verify-common.groovy'))
    verifyModule(projectDir, caseDir)

    Properties values = new Properties()
    new File(caseDir, 'archetype.properties').withReader('UTF-8') { values.load(it) }
    File archetypeDir = new File(projectDir.path.substring(0, projectDir.path.lastIndexOf('/target/')))
    def descriptor = new groovy.xml.XmlSlurper().parse(new File(archetypeDir, 'target/classes/META-INF/maven/archetype-metadata.xml'))
    String defaultModuleName = descriptor.requiredProperties.requiredProperty.find { it.@key.text() == 'moduleName' }.defaultValue.text()
    assert values.moduleName != defaultModuleName

    def pom = new groovy.xml.XmlSlurper().parse(new File(projectDir, 'pom.xml'))
    assert pom.groupId.text() == values.groupId
    assert pom.version.text() == values.version
    def sources = []
    new File(projectDir, 'src').eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.java')) { sources << it } }
    assert sources.every { it.text.startsWith("package ${values.package};") || it.text.startsWith("package ${values.package}.") || it.name == 'package-info.java' }
    assert sources.every { !it.text.contains(defaultModuleName) }
    return true
}
