// Shared checks of a module generated in batch mode with only groupId and artifactId, for every
// archetype's default-properties case: package defaults to the groupId, version to 0.1.0-SNAPSHOT,
// simVersion to the archetype's version, the descriptor's validationRegex values are the machine's own
// expressions (one source for the rules), and the output equals the checked-in snapshot
// (src/test/snapshot/default-properties: a template change shows as a diff in review; after an intended
// change, rebuild with -Dsnapshot.update=true and commit the snapshot).
return { File projectDir, File caseDir ->
    def verifyModule = evaluate(new File(caseDir, '../verify-common.groovy'))
    verifyModule(projectDir, caseDir)

    def pom = new groovy.xml.XmlSlurper().parse(new File(projectDir, 'pom.xml'))
    assert pom.parent.isEmpty()
    assert pom.version.text() == '0.1.0-SNAPSHOT'
    File archetypeDir = new File(projectDir.path.substring(0, projectDir.path.lastIndexOf('/target/')))
    assert pom.properties.'sim.version'.text() == new groovy.xml.XmlSlurper().parse(new File(archetypeDir, 'pom.xml')).parent.version.text()

    GroovyClassLoader machine = new GroovyClassLoader(getClass().classLoader)
    machine.addClasspath(new File(archetypeDir, 'target/classes').path)
    def rules = machine.loadClass('dev.simscaffold.archetype.support.PropertyRules').load(machine)
    def descriptor = new groovy.xml.XmlSlurper().parse(new File(archetypeDir, 'target/classes/META-INF/maven/archetype-metadata.xml'))
    descriptor.requiredProperties.requiredProperty.each { assert it.validationRegex.text() == rules.regex(it.@key.text()): it.@key.text() }

    def compareSnapshot = evaluate(new File(caseDir, '../compare-snapshot.groovy'))
    compareSnapshot(projectDir, new File(archetypeDir, 'src/test/snapshot/default-properties'))
    return true
}
