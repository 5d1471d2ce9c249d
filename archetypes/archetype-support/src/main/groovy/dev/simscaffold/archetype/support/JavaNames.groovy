package dev.simscaffold.archetype.support

/**
 * What Java allows in the names a value becomes (a package, a type, a method): the one place that says which
 * words are reserved and which characters may start or continue an identifier.
 */
final class JavaNames {

    /** JLS 3.9: the keywords, the literals true, false and null, and '_' (a keyword since Java 9). */
    static final Set<String> RESERVED = ('abstract assert boolean break byte case catch char class const continue default do double else ' +
            'enum extends final finally float for goto if implements import instanceof int interface long native new package private ' +
            'protected public return short static strictfp super switch synchronized this throw throws transient try void volatile ' +
            'while true false null _').split(' ') as Set

    /** The longest identifier a value may become: every file name built from it stays below the 255-byte limit. */
    static final int LONGEST = 64

    private JavaNames() {
    }

    /**
     * Whether {@code codePoint} can start an identifier: as Character.isJavaIdentifierStart says (Unicode letters
     * included), but never '$' (Velocity would read it as a reference) nor a control or format character, which
     * the compiler ignores but file names and readers do not.
     */
    static boolean canStart(int codePoint) {
        return plain(codePoint) && Character.isJavaIdentifierStart(codePoint)
    }

    /** Whether {@code codePoint} can continue an identifier, with the exceptions of {@link #canStart}. */
    static boolean canContinue(int codePoint) {
        return plain(codePoint) && Character.isJavaIdentifierPart(codePoint)
    }

    private static boolean plain(int codePoint) {
        int type = Character.getType(codePoint)
        return codePoint != ('$' as char) && type != Character.CONTROL && type != Character.FORMAT
    }
}
