// Shared checks of a module generated in batch mode with only groupId and artifactId, for every
// archetype's default-properties case: package defaults to the groupId, version to 0.1.0-SNAPSHOT,
// simVersion to the archetype's version, the descriptor keeps interactive prompts short (no
// validationRegex, groupId and artifactId left to the plugin), and the output equals the checked-in snapshot
// (src/test/snapshot/default-properties: a template change shows as a diff in review; after an intended
// change, rebuild with -Dsnapshot.update=true and commit the snapshot).
return { File projectDir, File caseDir ->
    def verifyModule = evaluate(new File(caseDir, '../verify-common.groovy'))
    verifyModule(projectDir, caseDir)

    def pom = new groovy.xml.XmlSlurper().parse(new File(projectDir, 'pom.xml'))
    assert pom.parent.artifactId.text() == 'sim-scaffold-module-parent'
    assert pom.version.text() == '0.1.0-SNAPSHOT'
    File archetypeDir = new File(projectDir.path.substring(0, projectDir.path.lastIndexOf('/target/')))
    assert pom.parent.version.text() == new groovy.xml.XmlSlurper().parse(new File(archetypeDir, 'pom.xml')).parent.version.text()
    // One template syntax in the pom template: Velocity references, no ${symbol_dollar} escapes.
    assert !new File(archetypeDir, 'target/classes/archetype-resources/pom.xml').text.contains('symbol_dollar')

    // No property carries a validationRegex (3.4.1 would print it as the prompt), and groupId/artifactId are
    // left to the plugin (declared without a default, they are listed twice in the confirmation). The
    // machine alone checks the values, in every mode.
    def descriptor = new groovy.xml.XmlSlurper().parse(new File(archetypeDir, 'target/classes/META-INF/maven/archetype-metadata.xml'))
    assert descriptor.requiredProperties.requiredProperty.every { it.validationRegex.isEmpty() }
    assert descriptor.requiredProperties.requiredProperty.collect { it.@key.text() }.intersect(['groupId', 'artifactId']).isEmpty()

    def compareSnapshot = evaluate(new File(caseDir, '../compare-snapshot.groovy'))
    compareSnapshot(projectDir, new File(archetypeDir, 'src/test/snapshot/default-properties'))
    return true
}
