package dev.simscaffold.archetype.support

import java.util.regex.Pattern

/**
 * A Maven groupId, artifactId or version: ASCII letters, digits and a few marks, starting with a letter, digit or
 * '_' (so never '.', '..' or a path), at most 100 characters.
 */
final class MavenName implements PropertyRule {

    static final int LONGEST = 100

    /** What the value names in a refusal: "groupId", "artifactId", "version". */
    final String noun
    /** The characters allowed, in the words a refusal has always used. */
    final String allowedInWords
    private final String clause
    private final Pattern allowed

    private MavenName(String noun, String allowedInWords, String clause, String allowed) {
        this.noun = noun
        this.allowedInWords = allowedInWords
        this.clause = clause
        this.allowed = Pattern.compile(allowed)
    }

    /** A groupId or artifactId. */
    static MavenName coordinate(String noun) {
        return new MavenName(noun, "letters, digits, '_', '-' and '.', starting with a letter, digit or '_'",
                "Maven coordinates: letters, digits, '_', '-', '.', starting with a letter, digit or '_' (so never '.', '..' or a path), at most ${LONGEST} characters",
                '[A-Za-z0-9_.-]')
    }

    /** A version, which may also carry '+'. */
    static MavenName version() {
        return new MavenName('version', "letters, digits, '.', '-', '+' and '_'",
                "A Maven version: letters, digits, '.', '-', '+' and '_', starting with a letter, digit or '_', at most ${LONGEST} characters",
                '[A-Za-z0-9_.+-]')
    }

    @Override
    String refusal(String value) {
        boolean fits = value.length() <= LONGEST && value ==~ /[A-Za-z0-9_].*/ && value.codePoints().allMatch { fitsOne(it) }
        if (fits) {
            return null
        }
        if (value.length() > LONGEST) {
            return "is longer than ${LONGEST} characters"
        }
        int bad = value.codePoints().filter { !fitsOne(it) }.findFirst().orElse(-1)
        return "is not a valid Maven ${noun} (${allowedInWords})${bad < 0 ? '' : "; ${Text.character(bad)} is not allowed"}"
    }

    @Override
    String sentence() {
        return clause
    }

    private boolean fitsOne(int codePoint) {
        return allowed.matcher(new String(Character.toChars(codePoint))).matches()
    }
}
