package dev.simscaffold.core.internal;

import dev.simscaffold.core.Api;

/** The one rule both file systems apply to names: a plain name that stays inside its directory. */
@Api(Api.Status.INTERNAL)
public final class FileNames {

    private static final int MAX_NAME_CHARS = 255;

    private FileNames() {
    }

    /**
     * Checks a file name.
     *
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException naming it, if it is not a plain name inside the directory
     */
    public static String check(String name) {
        if (name == null) {
            throw new IllegalArgumentException("a file name must not be null");
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("file name '" + name.replace("\0", "\\0")
                    + "' escapes its directory: a name must be non-empty, not '.' or '..', without '/', '\\\\' or NUL");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("file name '" + name + "' has " + name.length() + " characters, at most "
                    + MAX_NAME_CHARS + " are allowed");
        }
        return name;
    }

    /**
     * Checks an offset and a length.
     *
     * @param offset the offset
     * @param length the length
     */
    public static void checkRange(long offset, long length) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0, got " + length);
        }
    }
}
