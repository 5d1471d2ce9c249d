package dev.simscaffold.archetype.support

import dev.simscaffold.generator.api.GenerationRequest
import dev.simscaffold.generator.api.Generator
import dev.simscaffold.generator.api.Refusal
import dev.simscaffold.generator.api.Report

/** The machine through the generator API, as the sim-scaffold plugin calls it: typed values out, nothing printed. */
class ArchetypeGeneratorCases {

    private static final Map<String, String> GOOD = [groupId: 'com.example', artifactId: 'leases', version: '0.1.0-SNAPSHOT',
            package: 'com.example.leases', moduleName: 'LeaseTable', invariants: 'none', simVersion: '0.1.0-SNAPSHOT']

    private final File dir
    private final Generator generator = new ArchetypeGenerator(ArchetypeGeneratorCases.classLoader)

    ArchetypeGeneratorCases(File dir) {
        this.dir = dir
    }

    void 'ServiceLoader finds the machine as the generator'() {
        List<Generator> found = ServiceLoader.load(Generator, ArchetypeGeneratorCases.classLoader).toList()
        assert found*.getClass() == [ArchetypeGenerator]
    }

    void 'a refusal is a value naming the property, its value and where a default came from'() {
        Refusal refusal = generator.refusal(GOOD.findAll { it.key != 'package' } + [groupId: 'com..example']).get()
        assert [refusal.property(), refusal.value(), refusal.source()] == ['package', 'com..example', 'groupId']
        assert refusal.message() == "package (from groupId) = 'com..example' is not a valid Java package name: it has an empty segment (a leading, trailing or doubled '.')"
        // The fixture's descriptor declares only the built-in properties, so the request carries no moduleName.
        assert generator.refusal(GOOD).get().message() == "property 'moduleName' is empty: give it a value"
    }

    void 'a generation returns its report, naming the directory the caller shows, and prints nothing'() {
        File staging = new File(dir, 'staging')
        File shown = new File(dir, 'final place')
        staging.mkdirs()
        FakePlugin.generate(staging, GOOD)
        PrintStream console = System.out
        ByteArrayOutputStream printed = new ByteArrayOutputStream()
        System.out = new PrintStream(printed, true, 'UTF-8')
        def outcome
        try {
            outcome = generator.generate(new GenerationRequest(GOOD, staging.toPath(), shown.toPath()))
        } finally {
            System.out = console
        }
        assert printed.size() == 0
        assert outcome instanceof Report
        assert outcome.text().contains("Location:      ${new File(shown, 'leases')} (standalone project)")
        assert !outcome.text().contains(staging.path)
    }

    void 'a generation refused after the templates are written returns the refusal and leaves nothing'() {
        FakePlugin.generate(dir, GOOD + [moduleName: '1Lease'])
        def outcome = generator.generate(new GenerationRequest(GOOD + [moduleName: '1Lease'], dir.toPath(), dir.toPath()))
        assert outcome instanceof Refusal
        assert outcome.message() == "property 'moduleName' = '1Lease' is not a valid Java type name: use UpperCamelCase letters and digits, starting with an upper-case letter, such as LeaseTable"
        assert FakePlugin.tree(dir).findAll { it.value != '(directory)' } == [:]
    }
}
