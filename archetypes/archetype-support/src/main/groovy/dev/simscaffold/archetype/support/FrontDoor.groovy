package dev.simscaffold.archetype.support

import dev.simscaffold.generator.api.Refusal
import groovy.xml.XmlSlurper

/**
 * What the sim-scaffold Maven plugin asks of the machine before it writes anything: an archetype's
 * properties with their defaults, a request's values, and the rules in words for its list and help
 * goals. The plugin refuses with {@link PropertyRules#check}, the call the post-generate machine makes,
 * so both refuse exactly the same values.
 */
final class FrontDoor {

    private FrontDoor() {
    }

    /**
     * The properties archetype:generate always takes, declared in the descriptor or not, with the
     * defaults maven-archetype-plugin 3.4.1 gives those it does not require.
     */
    static final Map<String, String> BUILT_IN = [groupId: null, artifactId: null, version: '1.0-SNAPSHOT', package: '${groupId}']

    /**
     * Every property of the archetype, each as [key: ..., defaultValue: ...] with a null defaultValue
     * where the user must give one: the built-in ones first (with the descriptor's default where it
     * declares one), then the others the descriptor declares, in its order.
     */
    static List<Map<String, String>> properties(ClassLoader archetypeJar) {
        def descriptor = new XmlSlurper().parse(archetypeJar.getResource(Generation.DESCRIPTOR).openStream())
        Map<String, String> declared = new LinkedHashMap<>()
        descriptor.requiredProperties.requiredProperty.each {
            declared[it.@key.text()] = it.defaultValue.size() == 0 ? null : it.defaultValue.text()
        }
        Map<String, String> all = new LinkedHashMap<>(BUILT_IN)
        declared.each { String key, String value -> all[key] = value ?: all[key] }
        return all.collect { String key, String value -> [key: key, defaultValue: value] }
    }

    /**
     * Every property of a request: the value the user gave, else the default, whose ${other} references
     * (package defaults to ${groupId}) name a property before it. Given values are copied as they are,
     * never evaluated; a property without value or default is null, which the rules refuse as empty.
     */
    static Map<String, String> values(ClassLoader archetypeJar, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>()
        properties(archetypeJar).each { Map<String, String> property ->
            values[property.key] = given.containsKey(property.key) ? given[property.key] : defaultOf(property.defaultValue, values)
        }
        return values
    }

    /**
     * Why a request is refused, or null: {@link PropertyRules#check} on its values, the very call the
     * post-generate machine makes, so the same values are refused. A problem with a property the user did
     * not give, whose default is made of others, names where its value came from ("package (from groupId)
     * = 'com..example' ..."): the user typed groupId, never package.
     */
    static Refusal refusal(ClassLoader archetypeJar, Map<String, String> given) {
        Refusal problem = PropertyRules.check(archetypeJar, values(archetypeJar, given))
        List<String> origin = problem == null ? null : origins(archetypeJar, given)[problem.property()]
        return origin == null ? problem : problem.from(origin.join(', '))
    }

    /** Each property not given whose default refers to other properties, to those properties in order. */
    static Map<String, List<String>> origins(ClassLoader archetypeJar, Map<String, String> given) {
        Map<String, List<String>> origins = new LinkedHashMap<>()
        properties(archetypeJar).each { Map<String, String> property ->
            if (!given.containsKey(property.key) && property.defaultValue != null) {
                List<String> named = (property.defaultValue =~ /\$\{(\w+)\}/).collect { it[1] as String }
                if (!named.isEmpty()) {
                    origins[property.key] = named
                }
            }
        }
        return origins
    }

    /**
     * Each property as [key, defaultValue, rule]: the rule in words is its rule object's sentence, with the
     * comparisons of this archetype's spec that bound it (PropertyRules.sentence; null for a property without a rule).
     */
    static List<Map<String, String>> help(ClassLoader archetypeJar) {
        Map spec = ArchetypeSpec.load(archetypeJar)
        return properties(archetypeJar).collect { it + [rule: PropertyRules.sentence(it.key, spec)] }
    }

    /** The characters no value may contain, in words: the rules' own list. */
    static List<String> unsafeCharacters() {
        return PropertyRules.unsafeCharacters()
    }

    private static String defaultOf(String template, Map<String, String> earlier) {
        if (template == null) {
            return null
        }
        return template.replaceAll(/\$\{(\w+)\}/) { String all, String key -> earlier.containsKey(key) ? earlier[key] : all }
    }
}
