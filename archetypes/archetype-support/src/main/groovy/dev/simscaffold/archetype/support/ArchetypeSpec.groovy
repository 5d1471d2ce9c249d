package dev.simscaffold.archetype.support

/**
 * An archetype's spec, META-INF/sim-scaffold/archetype.groovy: a map that says what the archetype
 * generates (see Manifest), what its report says (see Report) and which properties of its own it takes
 * beyond the shared ones (properties, see PropertyRules).
 */
final class ArchetypeSpec {

    static final String PATH = 'META-INF/sim-scaffold/archetype.groovy'

    private ArchetypeSpec() {
    }

    static Map load(ClassLoader resources) {
        return new GroovyShell(ArchetypeSpec.classLoader).evaluate(resources.getResource(PATH).getText('UTF-8'), 'archetype.groovy') as Map
    }

    /** The properties the archetype takes beyond PropertyRules.PROPERTIES, in the order they are checked. */
    static List<String> ownProperties(Map spec) {
        return (spec.properties ?: []) as List<String>
    }
}
