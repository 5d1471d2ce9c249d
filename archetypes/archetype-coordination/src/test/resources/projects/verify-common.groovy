// Shared checks for the archetype ITs: evaluated by each case's verify.groovy, it returns a closure
// that checks one generated module after its own `mvn verify` ran:
//   - its files are exactly the manifest's (archetype-support's Manifest over this archetype's spec);
//   - the tests really ran: the surefire reports hold the expected counts, and each named invariant
//     is a skipped test whose reason is its sentence;
//   - the README's sample trace is the file this build's planted-bug property wrote;
//   - the build printed not a single warning: none from the compiler (-Xlint:all), none from a library.
import groovy.xml.XmlSlurper

return { File moduleDir, File caseDir ->
    Properties values = new Properties()
    new File(caseDir, 'archetype.properties').withReader('UTF-8') { values.load(it) }
    // The archetype's own build output holds the machine's sources, its spec and its descriptor.
    File archetypeClasses = new File(moduleDir.path.substring(0, moduleDir.path.lastIndexOf('/target/')), 'target/classes')
    GroovyClassLoader machine = new GroovyClassLoader(getClass().classLoader)
    machine.addClasspath(archetypeClasses.path)
    Class generation = machine.loadClass('dev.simscaffold.archetype.support.Generation')
    Class manifestType = machine.loadClass('dev.simscaffold.archetype.support.Manifest')
    Map<String, String> all = [version: '0.1.0-SNAPSHOT', package: values.groupId, moduleName: 'LeaseTable', invariants: 'none'] + (values as Map<String, String>)
    def manifest = manifestType.of(generation.spec(machine).files, generation.packagedDirectories(machine), all)
    List<String> pending = machine.loadClass('dev.simscaffold.archetype.support.InvariantNames').sentences(all.invariants)

    def generated = []
    moduleDir.eachFileRecurse(groovy.io.FileType.FILES) {
        String path = moduleDir.toPath().relativize(it.toPath()).toString()
        if (!path.startsWith('target/') && path != 'build.log') {
            generated << path
        }
    }
    assert generated.sort() == manifest.entries*.path*.toString().sort()

    String moduleName = all.moduleName
    def suite = { String simpleName ->
        File report = new File(moduleDir, "target/surefire-reports/TEST-${all.package}.${simpleName}.xml")
        assert report.isFile(): "no surefire report for ${simpleName}: its tests did not run"
        new XmlSlurper().parse(report)
    }
    def counts = { node -> [node.@tests.toInteger(), node.@failures.toInteger(), node.@errors.toInteger(), node.@skipped.toInteger()] }

    def expected = [("${moduleName}LogicTest".toString()): 9, PlantedBugTest: 7, ("${moduleName}ExhaustiveTest".toString()): 2,
                    DeterminismRulesTest: 1, ("${moduleName}Properties".toString()): 4]
    expected.each { simpleName, tests -> assert counts(suite(simpleName)) == [tests, 0, 0, 0] }
    if (!pending.isEmpty()) {
        def stubs = suite("${moduleName}PendingInvariantsTest")
        assert counts(stubs) == [pending.size(), 0, 0, pending.size()]
        assert stubs.testcase.collect { it.skipped.@message.text() }.sort() == pending.sort()
    }

    // The README's sample trace is the real file the planted-bug property wrote in this very build (only
    // the replay command differs: it depends on where the module sits).
    String readme = new File(moduleDir, 'README.md').getText('UTF-8')
    def sample = readme =~ /(?s)`(target\/sim-traces\/[^`]+\.txt)`:\n\n```\n(.*?)\n```/
    assert sample.find(): 'the README shows no sample trace file'
    File traceFile = new File(moduleDir, sample.group(1))
    assert traceFile.isFile(): "the README's sample trace ${sample.group(1)} was not written by this build"
    def withoutReplay = { String text -> text.readLines().collect { it.startsWith('replay: ') ? it.replaceFirst(/^replay: .* (-Dtest=)/, 'replay: ... $1') : it } }
    List<String> shown = withoutReplay(sample.group(2))
    List<String> real = withoutReplay(traceFile.getText('UTF-8').trim())
    assert shown == real: "the README's sample trace differs from ${traceFile} (update the template README from it):\n${(real - shown).join('\n')}"

    String log = new File(moduleDir, 'build.log').getText('UTF-8')
    assert log.contains('BUILD SUCCESS')
    assert log.contains("Tests run: ${expected.values().sum() + pending.size()}, Failures: 0, Errors: 0, Skipped: ${pending.size()}")
    // Surefire reports skipped tests (the pending invariants, by design) as [WARNING] lines; nothing else may warn.
    def warnings = log.readLines().findAll { (it.contains('[WARNING]') && !(it =~ /\[WARNING\] Tests run: .*Skipped: [1-9]/)) || it.startsWith('SLF4J') }
    assert warnings.isEmpty(): "the generated build printed warnings:\n${warnings.join('\n')}"
    return true
}
