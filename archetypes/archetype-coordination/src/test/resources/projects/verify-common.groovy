// Shared checks for the archetype ITs: evaluated by each case's verify.groovy, it returns a closure
// that checks one generated module after its own `mvn verify` ran:
//   - every file has its final name and no template name is left;
//   - the tests really ran: the surefire reports hold the expected counts, and each named invariant
//     is a skipped test whose reason is its sentence;
//   - the build compiled without a single warning (-Xlint:all).
import groovy.xml.XmlSlurper

return { File moduleDir, String packageName, String moduleName, List<String> pendingInvariants ->
    String packagePath = packageName.replace('.', '/')
    def expected = ['pom.xml', 'README.md',
            "src/main/java/${packagePath}/package-info.java",
            "src/main/java/${packagePath}/Lease.java",
            "src/main/java/${packagePath}/${moduleName}State.java",
            "src/main/java/${packagePath}/${moduleName}Input.java",
            "src/main/java/${packagePath}/${moduleName}Effect.java",
            "src/main/java/${packagePath}/${moduleName}Logic.java",
            "src/test/java/${packagePath}/${moduleName}Simulation.java",
            "src/test/java/${packagePath}/${moduleName}Invariants.java",
            "src/test/java/${packagePath}/${moduleName}Properties.java",
            "src/test/java/${packagePath}/${moduleName}LogicTest.java",
            "src/test/java/${packagePath}/${moduleName}ExhaustiveTest.java",
            "src/test/java/${packagePath}/DeterminismRulesTest.java",
            "src/test/java/${packagePath}/PlantedBugTest.java"]*.toString()
    def generated = []
    new File(moduleDir, 'src').eachFileRecurse(groovy.io.FileType.FILES) {
        generated << moduleDir.toPath().relativize(it.toPath()).toString().replace(File.separatorChar, '/' as char)
    }
    generated += ['pom.xml', 'README.md'].findAll { new File(moduleDir, it).isFile() }
    assert generated.sort() == expected.sort()

    def suite = { String simpleName ->
        File report = new File(moduleDir, "target/surefire-reports/TEST-${packageName}.${simpleName}.xml")
        assert report.isFile(): "no surefire report for ${simpleName}: its tests did not run"
        new XmlSlurper().parse(report)
    }
    def counts = { node -> [node.@tests.toInteger(), node.@failures.toInteger(), node.@errors.toInteger(), node.@skipped.toInteger()] }

    assert counts(suite("${moduleName}LogicTest")) == [9, 0, 0, 0]
    assert counts(suite('PlantedBugTest')) == [4, 0, 0, 0]
    assert counts(suite("${moduleName}ExhaustiveTest")) == [2, 0, 0, 0]
    assert counts(suite('DeterminismRulesTest')) == [1, 0, 0, 0]
    def properties = suite("${moduleName}Properties")
    assert counts(properties) == [4 + pendingInvariants.size(), 0, 0, pendingInvariants.size()]
    def skipReasons = properties.testcase.findAll { !it.skipped.isEmpty() }.collect { it.skipped.@message.text() }
    assert skipReasons.sort() == pendingInvariants.sort()

    String log = new File(moduleDir, 'build.log').getText('UTF-8')
    assert log.contains('BUILD SUCCESS')
    assert log.contains("Tests run: ${20 + pendingInvariants.size()}, Failures: 0, Errors: 0, Skipped: ${pendingInvariants.size()}")
    def warnings = log.readLines().findAll { it.contains('[WARNING]') && (it.contains('.java') || it.contains('COMPILATION WARNING')) }
    assert warnings.isEmpty(): "compiler warnings:\n${warnings.join('\n')}"
    return true
}
