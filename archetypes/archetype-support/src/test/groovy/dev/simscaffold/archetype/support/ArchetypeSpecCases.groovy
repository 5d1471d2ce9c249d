package dev.simscaffold.archetype.support

/**
 * The spec an archetype's machine reads: the shared part (archetypes/src/sim-scaffold-spec/shared.groovy)
 * overlaid by the archetype's own, the shared files merged into the archetype's list in the order the
 * generated README's table shows them. Checked on small lists and on the three real archetypes.
 */
class ArchetypeSpecCases {

    private static final File ARCHETYPES = new File('..')
    private static final File SHARED = new File(ARCHETYPES, 'src/sim-scaffold-spec/shared.groovy')
    private static final List<String> NAMES = ['coordination', 'gossip', 'pipeline']

    private final File dir

    ArchetypeSpecCases(File dir) {
        this.dir = dir
    }

    private static List<Map> entries(List<String> paths) {
        return paths.collect { [path: it, about: "the ${it}"] }
    }

    /** An archetype jar whose own spec is the file {@code own}, with the real shared part. */
    private static ClassLoader jar(File own) {
        return new ClassLoader(ArchetypeSpecCases.classLoader) {
            @Override
            URL getResource(String name) {
                return [(ArchetypeSpec.PATH): own, (ArchetypeSpec.SHARED): SHARED][name]?.toURI()?.toURL() ?: super.getResource(name)
            }
        }
    }

    private static File ownSpec(String name) {
        return new File(ARCHETYPES, "archetype-${name}/src/main/resources/${ArchetypeSpec.PATH}")
    }

    void 'without replacements the shared files follow the archetype own ones'() {
        List<Map> merged = ArchetypeSpec.files(entries(['s1', 's2']), entries(['a', 'b']))
        assert merged*.path == ['a', 'b', 's1', 's2']
    }

    void 'a replacement stands where the shared entry stood, and the archetype entries after it follow it'() {
        List<Map> own = entries(['a', 's2', 'b']).collect { it.path == 's2' ? it + [about: 'its own'] : it }
        List<Map> merged = ArchetypeSpec.files(entries(['s1', 's2', 's3']), own)
        assert merged*.path == ['a', 's1', 's2', 'b', 's3']
        assert merged.find { it.path == 's2' }.about == 'its own'
    }

    void 'replacements listed out of the shared order keep the archetype order and give every path once'() {
        List<Map> merged = ArchetypeSpec.files(entries(['s1', 's2', 's3']), entries(['s3', 'a', 's1']))
        assert merged*.path == ['s2', 's3', 'a', 's1']
    }

    void 'the archetype spec overrides shared keys, the shared part fills the rest'() {
        File own = new File(dir, 'archetype.groovy')
        own.write("[pendingStep: 'its own step', files: [[path: 'pom.xml', about: 'the build']]]", 'UTF-8')
        Map spec = ArchetypeSpec.load(jar(own))
        assert spec.pendingStep == 'its own step'
        assert spec.replayTest == '{moduleName}Properties'
        assert spec.files*.path.first() == 'pom.xml'
        assert spec.files*.path.containsAll(['src/test/java/{moduleName}Campaign.java', 'src/test/java/DeterminismRulesTest.java'])
    }

    void 'every archetype generates every shared file once, with the pending stubs last'() {
        List<String> shared = (new GroovyShell().evaluate(SHARED) as Map).files*.path
        NAMES.each { String name ->
            List<String> paths = ArchetypeSpec.load(jar(ownSpec(name))).files*.path
            assert paths.size() == (paths as Set).size(): "${name} lists a file twice: ${paths}"
            assert paths.containsAll(shared): "${name} lacks shared files: ${shared - paths}"
            assert paths.takeRight(2) == ['src/test/java/{moduleName}PendingInvariants.java', 'src/test/java/{moduleName}PendingInvariantsTest.java']
        }
    }

    void 'each shared entry has its template, a rendered one among the shared templates and any other in every archetype example'() {
        List<Map> shared = (new GroovyShell().evaluate(SHARED) as Map).files
        shared.each { Map file ->
            String template = file.path.replace('{moduleName}', '')
            List<File> expected = file.rendered ? [new File(ARCHETYPES, "src/sim-scaffold-templates/${template}")]
                    : NAMES.collect { String name -> new File(ARCHETYPES, "examples/${name}/${template.replace('/java/', "/java/org/acme/${name}/")}") }
            expected.each { assert it.isFile(): "the shared entry ${file.path} has no template ${it}" }
        }
    }
}
