package dev.simscaffold.archetype.support

/**
 * A Java package name: dot-separated identifiers (JavaNames), none a reserved word, none longer than
 * JavaNames.LONGEST, and not under java.*, where the JVM refuses to define classes.
 */
final class JavaPackage implements PropertyRule {

    private static final String INVALID = 'is not a valid Java package name'

    @Override
    String refusal(String value) {
        List<String> segments = value.split('\\.', -1) as List
        if (segments.any { it.isEmpty() }) {
            return "${INVALID}: it has an empty segment (a leading, trailing or doubled '.')"
        }
        if (segments[0] == 'java') {
            return "${INVALID}: the JVM refuses to load classes in java.* packages"
        }
        String word = segments.find { JavaNames.RESERVED.contains(it) }
        if (word != null) {
            return "${INVALID}: '${word}' is a reserved Java word"
        }
        String longSegment = segments.find { it.codePointCount(0, it.length()) > JavaNames.LONGEST }
        if (longSegment != null) {
            return "${INVALID}: the segment ${Text.shown(longSegment)} is longer than ${JavaNames.LONGEST} characters"
        }
        String badStart = segments.find { !JavaNames.canStart(it.codePointAt(0)) }
        if (badStart != null) {
            return "${INVALID}: the segment '${badStart}' starts with ${Text.character(badStart.codePointAt(0))}, which cannot start a Java identifier"
        }
        OptionalInt bad = segments.join('').codePoints().filter { !JavaNames.canContinue(it) }.findFirst()
        return bad.isPresent() ? "${INVALID}: ${Text.character(bad.getAsInt())} cannot appear in a Java identifier (letters, digits and '_' can, in any script)" : null
    }

    @Override
    String sentence() {
        return 'Dot-separated identifiers, none a reserved word; the JVM refuses to define classes in java.* packages'
    }
}
