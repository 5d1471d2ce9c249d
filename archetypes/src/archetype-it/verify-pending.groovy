// Shared checks of a module generated with named invariants, for every archetype's three-invariants
// case: each sentence of archetype.properties becomes, under the method name the case expects, a
// documented stub declared the way the archetype's spec says (pendingCheck.declared, with its imports) and a skipped test
// (verify-common checks the skip and its reason), and the README lists them all.
return { File projectDir, File caseDir, List<String> expectedMethods ->
    def verifyModule = evaluate(new File(caseDir, '../verify-common.groovy'))
    verifyModule(projectDir, caseDir)

    Properties values = new Properties()
    new File(caseDir, 'archetype.properties').withReader('UTF-8') { values.load(it) }
    File archetypeDir = new File(projectDir.path.substring(0, projectDir.path.lastIndexOf('/target/')))
    GroovyClassLoader machine = new GroovyClassLoader(getClass().classLoader)
    machine.addClasspath(new File(archetypeDir, 'target/classes').path)
    Map spec = machine.loadClass('dev.simscaffold.archetype.support.Generation').spec(machine)
    def descriptor = new groovy.xml.XmlSlurper().parse(new File(archetypeDir, 'target/classes/META-INF/maven/archetype-metadata.xml'))
    String moduleName = values.moduleName ?: descriptor.requiredProperties.requiredProperty.find { it.@key.text() == 'moduleName' }.defaultValue.text()
    String packageName = values.package ?: values.groupId
    List<Map<String, String>> pending = machine.loadClass('dev.simscaffold.archetype.support.InvariantNames').pending(values.invariants)
    assert pending*.method == expectedMethods

    String declared = machine.loadClass('dev.simscaffold.archetype.support.Text').fill(spec.pendingCheck.declared, [moduleName: moduleName])
    String stubs = new File(projectDir, "src/test/java/${packageName.replace('.', '/')}/${moduleName}PendingInvariants.java").text
    String readme = new File(projectDir, 'README.md').text
    spec.pendingCheck.imports.each { assert stubs.contains("import ${it};\n") }
    pending.each {
        assert stubs.contains("static ${declared} ${it.method}()")
        assert stubs.contains("     * ${it.sentence}.\n")
        assert readme.contains("${it.sentence} (`${moduleName}PendingInvariants.${it.method}()`)")
    }
    assert !new File(projectDir, "src/test/java/${packageName.replace('.', '/')}/${moduleName}Invariants.java").text.contains('UnsupportedOperationException')
    return true
}
