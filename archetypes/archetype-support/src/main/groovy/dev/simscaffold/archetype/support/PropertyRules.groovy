package dev.simscaffold.archetype.support

import dev.simscaffold.generator.api.Refusal

/**
 * Every rule an archetype applies to its properties, as rule objects that check a value and say what they
 * accept (PropertyRule, Comparison), so that a refusal, sim-scaffold:list and the property reference cannot
 * disagree: the shared ones here, the ones only some archetypes take in OwnRules, the rules between those in the
 * archetype's spec (ArchetypeSpec.comparisons). The machine applies them in every mode (the
 * descriptors declare no validationRegex) and the sim-scaffold plugin applies them, through the generator API,
 * before anything is written.
 */
final class PropertyRules {

    /** The properties every archetype takes, checked in this order so that the reported problem is the first one a user gave. */
    static final Map<String, PropertyRule> SHARED = [
            groupId   : MavenName.coordinate('groupId'),
            artifactId: MavenName.coordinate('artifactId'),
            version   : MavenName.version(),
            package   : new JavaPackage(),
            moduleName: new JavaTypePrefix(),
            invariants: new Sentences(),
            simVersion: MavenName.version()]

    static final List<String> PROPERTIES = SHARED.keySet() as List<String>

    /** Characters that break the Velocity templates, string literals or comments a value is copied into. */
    private static final Map<String, String> UNSAFE = [('$'): 'a dollar sign', '#': 'a hash sign', '"': 'a double quote',
            '\\': 'a backslash', '\n': 'a line break', '\r': 'a line break']

    private PropertyRules() {
    }

    /**
     * Every check an archetype applies to its properties before anything is generated, in one call: the
     * post-generate machine and the sim-scaffold Maven plugin both refuse exactly what this refuses.
     *
     * @param archetypeJar the archetype's class loader (its spec)
     * @return the first problem, naming the property and its value, or null
     */
    static Refusal check(ClassLoader archetypeJar, Map<String, String> values) {
        Map spec = ArchetypeSpec.load(archetypeJar)
        return firstProblem(values) ?: InvariantNames.problem(values.invariants, JavaNames.RESERVED) ?:
                firstOwnProblem(values, ArchetypeSpec.ownProperties(spec)) ?: crossProblem(values, spec)
    }

    /** The first problem among the shared properties, or null. */
    static Refusal firstProblem(Map<String, String> values) {
        return SHARED.findResult { String property, PropertyRule rule -> problem(property, rule, values[property]) }
    }

    /** The first problem among the properties an archetype takes beyond the shared ones (their rules: OwnRules), or null. */
    static Refusal firstOwnProblem(Map<String, String> values, List<String> own) {
        return own.findResult { String property -> problem(property, ownRule(property), values[property]) }
    }

    /**
     * The first broken comparison between properties (the spec's, ArchetypeSpec.comparisons), once each has
     * passed its own rule: "property 'fanout' = '5' must be < nodes = 5 ...", in the order the spec lists them.
     */
    static Refusal crossProblem(Map<String, String> values, Map spec) {
        return ArchetypeSpec.comparisons(spec).findResult { it.refusal(values) }
    }

    /**
     * The rule of {@code property} in words, from the rule objects themselves: its rule's sentence, then each
     * comparison of the archetype's spec that bounds it; null for a property without a rule.
     */
    static String sentence(String property, Map spec) {
        PropertyRule rule = SHARED[property] ?: OwnRules.RANGES[property]
        if (rule == null) {
            return null
        }
        List<String> clauses = [rule.sentence()] + ArchetypeSpec.comparisons(spec).findAll { it.property == property }*.sentence()
        return clauses.join('; ') + '.'
    }

    /** The characters no value may contain, in words. */
    static List<String> unsafeCharacters() {
        return (UNSAFE.values() as List).unique()
    }

    private static PropertyRule ownRule(String property) {
        PropertyRule rule = OwnRules.RANGES[property]
        if (rule == null) {
            throw new IllegalStateException("property rules: the spec names property '${property}', which has no rule in OwnRules")
        }
        return rule
    }

    private static Refusal problem(String property, PropertyRule rule, String value) {
        Refusal unsafe = unsafe(property, value)
        if (unsafe != null) {
            return unsafe
        }
        String reason = rule.refusal(value)
        return reason == null ? null : Refusal.of(property, value, reason)
    }

    /** What no property may be, whatever its rule: empty, or carrying a character generated code cannot hold; else null. */
    private static Refusal unsafe(String property, String value) {
        if (value == null || value.trim().isEmpty()) {
            return Refusal.of(property, value, 'is empty: give it a value')
        }
        Map.Entry<String, String> unsafe = UNSAFE.find { value.contains(it.key) }
        if (unsafe != null) {
            return Refusal.of(property, value, "contains ${unsafe.value}, which generated code cannot carry safely")
        }
        if (property != 'invariants' && value.contains("'")) {
            return Refusal.of(property, value, 'contains a single quote, which generated code cannot carry safely')
        }
        return null
    }
}
