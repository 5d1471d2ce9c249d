package dev.simscaffold.archetype.support

/**
 * An archetype's spec: a map that says what the archetype generates (files, see Manifest), what its report
 * says (see Report) and which properties of its own it takes beyond the shared ones (properties, see
 * PropertyRules). It is the shared part, META-INF/sim-scaffold/shared.groovy (archetypes/src/sim-scaffold-spec:
 * the files of the shared templates and the report's defaults), overlaid by the archetype's own
 * META-INF/sim-scaffold/archetype.groovy, so that a spec lists only what is its own. The spec is evaluated on
 * the machine's class loader, the archetype jar's: it may name the machine's classes (Comparison) and the
 * classes the archetype jar carries beside them.
 */
final class ArchetypeSpec {

    static final String PATH = 'META-INF/sim-scaffold/archetype.groovy'
    static final String SHARED = 'META-INF/sim-scaffold/shared.groovy'

    private ArchetypeSpec() {
    }

    /** The archetype's spec over the shared one; without a shared part (a test fixture), the archetype's alone. */
    static Map load(ClassLoader resources) {
        Map own = evaluate(resources.getResource(PATH), 'archetype.groovy')
        URL sharedPart = resources.getResource(SHARED)
        if (sharedPart == null) {
            return own
        }
        Map shared = evaluate(sharedPart, 'shared.groovy')
        Map spec = new LinkedHashMap(shared)
        spec.putAll(own)
        spec.files = files(shared.files as List<Map>, (own.files ?: []) as List<Map>)
        return spec
    }

    /**
     * The archetype's files, then the shared ones. An entry of the archetype's own whose path is a shared
     * one replaces that entry where it stands: the shared entries before it come first, then the archetype's
     * entries up to the next replacement. archetype-pipeline's moderate DeterminismRulesTest thus keeps its
     * place after the campaign files, and its own FileAdaptersTest follows it, before the pending stubs.
     */
    static List<Map> files(List<Map> shared, List<Map> own) {
        Set<String> ownPaths = own.collect { it.path as String } as Set
        List<Map> merged = []
        int next = 0
        own.each { Map file ->
            int replaced = shared.findIndexOf { it.path == file.path }
            if (replaced >= next) {
                merged.addAll(shared.subList(next, replaced).findAll { !(it.path in ownPaths) })
                next = replaced + 1
            }
            merged << file
        }
        merged.addAll(shared.subList(next, shared.size()).findAll { !(it.path in ownPaths) })
        return merged
    }

    /** The properties the archetype takes beyond PropertyRules.PROPERTIES, in the order they are checked. */
    static List<String> ownProperties(Map spec) {
        return (spec.properties ?: []) as List<String>
    }

    /**
     * The rules between the archetype's own properties, in the order they are checked: the spec declares them
     * because a bound may be the archetype's own code (archetype-gossip's is its example's MembershipConfig,
     * which its jar carries). A comparison that reads a property the spec does not take is an error of the spec.
     */
    static List<Comparison> comparisons(Map spec) {
        List<Comparison> comparisons = (spec.comparisons ?: []) as List<Comparison>
        List<String> own = ownProperties(spec)
        comparisons.each { Comparison comparison ->
            String missing = comparison.properties().find { !(it in own) }
            if (missing != null) {
                throw new IllegalStateException("property rules: the spec's rule for '${comparison.property}' reads property '${missing}', " +
                        'which the spec does not take (properties)')
            }
        }
        return comparisons
    }

    private static Map evaluate(URL spec, String name) {
        return new GroovyShell(ArchetypeSpec.classLoader).evaluate(spec.getText('UTF-8'), name) as Map
    }
}
