package dev.simscaffold.archetype.support

import java.util.regex.Pattern

/**
 * The rules for the properties every archetype takes. The expressions come from property-rules.properties,
 * their one source; this class applies them in every mode (the descriptors declare no validationRegex) and
 * adds the reason to a refusal. The properties only some archetypes take have rule objects (OwnRules), which
 * check a value and say what they accept.
 */
final class PropertyRules {

    /** Checked in this order, so that the reported problem is the first one a user gave. */
    static final List<String> PROPERTIES = ['groupId', 'artifactId', 'version', 'package', 'moduleName', 'invariants', 'simVersion']

    static final String RULES = 'dev/simscaffold/archetype/support/property-rules.properties'

    /** Characters that break the Velocity templates, string literals or comments a value is copied into. */
    private static final Map<String, String> UNSAFE = [('$'): 'a dollar sign', '#': 'a hash sign', '"': 'a double quote',
            '\\': 'a backslash', '\n': 'a line break', '\r': 'a line break']

    private static final int LONGEST_NAME = 64

    private final Properties rules
    final Set<String> reserved

    PropertyRules(Properties raw) {
        rules = References.resolve(raw)
        reserved = rules.getProperty('java.reserved').split('\\|') as Set
    }

    static PropertyRules load(ClassLoader resources) {
        Properties raw = new Properties()
        resources.getResource(RULES).withInputStream { raw.load(it) }
        return new PropertyRules(raw)
    }

    /**
     * Every check an archetype applies to its properties before anything is generated, in one call: the
     * post-generate machine and the sim-scaffold Maven plugin both refuse exactly what this refuses.
     *
     * @param archetypeJar the archetype's class loader (its rules and spec)
     * @return the first problem, naming the property and its value, or null
     */
    static String check(ClassLoader archetypeJar, Map<String, String> values) {
        PropertyRules rules = load(archetypeJar)
        List<String> own = ArchetypeSpec.ownProperties(ArchetypeSpec.load(archetypeJar))
        return rules.firstProblem(values) ?: InvariantNames.problem(values.invariants, rules.reserved) ?:
                rules.firstOwnProblem(values, own) ?: rules.crossProblem(values, own)
    }

    /** The expression a property must match. */
    String regex(String property) {
        return rules.getProperty("rule.${property}")
    }

    /** The first problem among {@code values}, as "property 'x' = 'value' ...", or null. */
    String firstProblem(Map<String, String> values) {
        return PROPERTIES.findResult { problem(it, values[it]) }
    }

    /** The first problem among the properties an archetype takes beyond the shared ones (their rules: OwnRules), or null. */
    String firstOwnProblem(Map<String, String> values, List<String> own) {
        return own.findResult { String property ->
            PropertyRule rule = OwnRules.RANGES[property]
            if (rule == null) {
                throw new IllegalStateException("property rules: the spec names property '${property}', which has no rule in OwnRules")
            }
            String unsafe = unsafe(property, values[property])
            if (unsafe != null) {
                return unsafe
            }
            String refusal = rule.refusal(values[property])
            return refusal == null ? null : "property '${property}' = ${Text.shown(values[property])} ${refusal}".toString()
        }
    }

    /**
     * The first broken comparison between properties (OwnRules.COMPARISONS), once each has passed its own
     * rule: "property 'fanout' = '5' must be < nodes = 5 ...". A comparison applies when the archetype takes
     * every property it reads; they are checked in the order the archetype lists their properties.
     */
    String crossProblem(Map<String, String> values, List<String> own) {
        return OwnRules.COMPARISONS.findAll { own.containsAll(it.properties()) }
                .sort { own.indexOf(it.property) }
                .findResult { it.refusal(values) }
    }

    String problem(String property, String value) {
        String unsafe = unsafe(property, value)
        if (unsafe != null || Pattern.compile(regex(property)).matcher(value).matches()) {
            return unsafe
        }
        return "property '${property}' = ${Text.shown(value)} ${reason(property, value)}"
    }

    /** What no property may be, whatever its rule: empty, or carrying a character generated code cannot hold; else null. */
    private static String unsafe(String property, String value) {
        if (value == null || value.trim().isEmpty()) {
            return "property '${property}' is empty: give it a value"
        }
        String named = "property '${property}' = ${Text.shown(value)}"
        Map.Entry<String, String> unsafe = UNSAFE.find { value.contains(it.key) }
        if (unsafe != null) {
            return "${named} contains ${unsafe.value}, which generated code cannot carry safely"
        }
        if (property != 'invariants' && value.contains("'")) {
            return "${named} contains a single quote, which generated code cannot carry safely"
        }
        return null
    }

    private String reason(String property, String value) {
        switch (property) {
            case 'package': return packageReason(value)
            case 'moduleName': return moduleNameReason(value)
            case 'invariants': return "contains '*/', which would end the Javadoc comment it is copied into"
            case ['version', 'simVersion']: return value.length() > 100 ? 'is longer than 100 characters'
                    : "is not a valid Maven version (letters, digits, '.', '-', '+' and '_')${firstBad(value, ~/[A-Za-z0-9_.+-]/)}"
            default: return value.length() > 100 ? 'is longer than 100 characters'
                    : "is not a valid Maven ${property} (letters, digits, '_', '-' and '.', starting with a letter, digit or '_')${firstBad(value, ~/[A-Za-z0-9_.-]/)}"
        }
    }

    private String packageReason(String value) {
        String invalid = 'is not a valid Java package name'
        List<String> segments = value.split('\\.', -1) as List
        if (segments.any { it.isEmpty() }) {
            return "${invalid}: it has an empty segment (a leading, trailing or doubled '.')"
        }
        if (segments[0] == 'java') {
            return "${invalid}: the JVM refuses to load classes in java.* packages"
        }
        String word = segments.find { reserved.contains(it) }
        if (word != null) {
            return "${invalid}: '${word}' is a reserved Java word"
        }
        String longSegment = segments.find { it.length() > LONGEST_NAME }
        if (longSegment != null) {
            return "${invalid}: the segment ${Text.shown(longSegment)} is longer than ${LONGEST_NAME} characters"
        }
        String segment = segments.find { !Character.isJavaIdentifierStart(it.codePointAt(0)) || it.startsWith('$') }
        if (segment != null) {
            return "${invalid}: the segment '${segment}' starts with ${Text.character(segment.codePointAt(0))}, which cannot start a Java identifier"
        }
        int bad = segments.join('').codePoints().filter { !Character.isJavaIdentifierPart(it) || Character.isIdentifierIgnorable(it) }.findFirst().orElse((int) ('?' as char))
        return "${invalid}: ${Text.character(bad)} cannot appear in a Java identifier (letters, digits and '_' can, in any script)"
    }

    private String moduleNameReason(String value) {
        if (reserved.contains(value)) {
            return 'is a reserved Java word; choose a type name such as LeaseTable'
        }
        if (value.length() > LONGEST_NAME) {
            return "is longer than ${LONGEST_NAME} characters: the file names built from it would be too long"
        }
        return 'is not a valid Java type name: use UpperCamelCase letters and digits, starting with an upper-case letter, such as LeaseTable'
    }

    private static String firstBad(String value, Pattern allowed) {
        int bad = value.codePoints().filter { !allowed.matcher(new String(Character.toChars(it))).matches() }.findFirst().orElse(-1)
        return bad < 0 ? '' : "; ${Text.character(bad)} is not allowed"
    }
}
