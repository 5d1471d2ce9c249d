// Shared checks for every archetype's ITs (archetypes/src/archetype-it, copied beside each archetype's
// cases): evaluated by a case's verify.groovy, it returns a closure that checks one generated module
// after its own `mvn verify` ran:
//   - its files are exactly the manifest's (archetype-support's Manifest over the archetype's spec, with
//     the defaults of the archetype's own descriptor);
//   - the tests really ran: every test class of the module has a surefire report naming exactly the
//     methods its source annotates with @Test, none failed, and only the @Disabled ones were skipped;
//     each named invariant is a skipped test whose reason is its sentence;
//   - where the spec says the README shows a sample trace (readmeSampleTrace), it is the file this build's
//     planted-bug property wrote;
//   - the pom is short: at most 60 lines standalone, 90 inside a user's parent;
//   - the build printed not a single warning: none from the compiler (-Xlint:all), none from a library.
import groovy.xml.XmlSlurper

return { File moduleDir, File caseDir ->
    Properties values = new Properties()
    new File(caseDir, 'archetype.properties').withReader('UTF-8') { values.load(it) }
    // The archetype's own build output holds the machine's classes, its spec and its descriptor.
    File archetypeClasses = new File(moduleDir.path.substring(0, moduleDir.path.lastIndexOf('/target/')), 'target/classes')
    GroovyClassLoader machine = new GroovyClassLoader(getClass().classLoader)
    machine.addClasspath(archetypeClasses.path)
    Class generation = machine.loadClass('dev.simscaffold.archetype.support.Generation')
    Class manifestType = machine.loadClass('dev.simscaffold.archetype.support.Manifest')
    def descriptor = new XmlSlurper().parse(new File(archetypeClasses, 'META-INF/maven/archetype-metadata.xml'))
    Map<String, String> defaults = descriptor.requiredProperties.requiredProperty
            .findAll { !it.defaultValue.isEmpty() && !it.defaultValue.text().contains('${') }
            .collectEntries { [(it.@key.text()): it.defaultValue.text()] }
    Map<String, String> all = defaults + [package: values.groupId] + (values as Map<String, String>)
    Map spec = generation.spec(machine)
    def manifest = manifestType.of(spec.files, generation.packagedDirectories(machine), all)
    List<String> pending = machine.loadClass('dev.simscaffold.archetype.support.InvariantNames').sentences(all.invariants)

    def generated = []
    moduleDir.eachFileRecurse(groovy.io.FileType.FILES) {
        String path = moduleDir.toPath().relativize(it.toPath()).toString()
        if (!path.startsWith('target/') && path != 'build.log') {
            generated << path
        }
    }
    assert generated.sort() == manifest.entries*.path*.toString().sort()

    // Every test class surefire runs (the generated pom's own includes, such as **/*Test.java), and the
    // methods its source declares as tests.
    // A standalone module inherits them from sim-scaffold's module parent, which the archetype jar carries too.
    def modulePom = new XmlSlurper().parse(new File(moduleDir, 'pom.xml'))
    boolean standalone = modulePom.parent.artifactId.text() == 'sim-scaffold-module-parent'
    def buildOwner = standalone ? new XmlSlurper().parse(new File(archetypeClasses, 'META-INF/sim-scaffold/module-parent/pom.xml')) : modulePom
    List<String> suffixes = buildOwner.build.plugins.plugin
            .find { it.artifactId.text() == 'maven-surefire-plugin' }.configuration.includes.include*.text()
            .collect { String include -> assert include ==~ /\*\*\/\*\w+\.java/: "unexpected surefire include ${include}"; include.substring(4) }
    def testSources = manifest.entries*.path*.toString().findAll { String path -> path.startsWith('src/test/java/') && suffixes.any { path.endsWith(it) } }
    int expectedTests = 0
    int expectedSkipped = 0
    testSources.each { String path ->
        String source = new File(moduleDir, path).getText('UTF-8')
        List<String> declared = (source =~ /@Test\s+(?:@Disabled\([^)]*\)\s+)?void (\w+)\(/).collect { it[1] }
        int disabled = (source =~ /@Disabled\(/).size()
        String simpleName = path.substring(path.lastIndexOf('/') + 1) - '.java'
        // The class's own package: tests may sit in a subpackage (archetype-pipeline's adapter tests).
        String className = (path - 'src/test/java/' - '.java').replace('/', '.')
        File report = new File(moduleDir, "target/surefire-reports/TEST-${className}.xml")
        assert report.isFile(): "no surefire report for ${simpleName}: its tests did not run"
        def suite = new XmlSlurper().parse(report)
        assert !declared.isEmpty(): "${path} declares no test"
        assert suite.testcase.collect { it.@name.text() }.sort() == declared.sort(): simpleName
        assert [suite.@tests.toInteger(), suite.@failures.toInteger(), suite.@errors.toInteger(), suite.@skipped.toInteger()] ==
                [declared.size(), 0, 0, disabled]: simpleName
        expectedTests += declared.size()
        expectedSkipped += disabled
    }
    assert expectedSkipped == pending.size()
    if (!pending.isEmpty()) {
        String stubs = testSources.find { it.endsWith('PendingInvariantsTest.java') }
        def suite = new XmlSlurper().parse(new File(moduleDir, "target/surefire-reports/TEST-${all.package}.${stubs.substring(stubs.lastIndexOf('/') + 1) - '.java'}.xml"))
        assert suite.testcase.collect { it.skipped.@message.text() }.sort() == pending.sort()
    }

    if (spec.readmeSampleTrace) {
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
    }

    // Short poms (#33): a standalone module's inherits everything but its own dependencies; inside a user's
    // parent it carries the module parent's properties, an import of its versions and its build plugins.
    List<String> pomLines = new File(moduleDir, 'pom.xml').readLines('UTF-8')
    assert pomLines.size() <= (standalone ? 60 : 90): "the generated pom.xml has ${pomLines.size()} lines"
    assert !pomLines.any { it.contains('symbol_dollar') }

    String log = new File(moduleDir, 'build.log').getText('UTF-8')
    assert log.contains('BUILD SUCCESS')
    assert log.contains("Tests run: ${expectedTests}, Failures: 0, Errors: 0, Skipped: ${pending.size()}")
    // Surefire reports skipped tests (the pending invariants, by design) as [WARNING] lines; nothing else may warn.
    def warnings = log.readLines().findAll { (it.contains('[WARNING]') && !(it =~ /\[WARNING\] Tests run: .*Skipped: [1-9]/)) || it.startsWith('SLF4J') }
    assert warnings.isEmpty(): "the generated build printed warnings:\n${warnings.join('\n')}"
    return true
}
