package dev.simscaffold.testkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A package pattern in ArchUnit's wildcard syntax ({@code ..} for any number of segments, {@code *} for any
 * part of one segment), matched over Java identifiers rather than ArchUnit's {@code \w}: ArchUnit's own
 * matcher expands {@code ..} to ASCII word characters only, so {@code "..adapters.."} silently missed the
 * adapters of a package such as {@code com.exämple.adapters}, judging their legitimate I/O as logic.
 */
record PackagePattern(String text, List<Segment> segments) {

    private static final Segment ANY_SEGMENTS = new Segment(null);

    /** One segment of the pattern: a glob over one package segment, or {@code ..} when {@code glob} is null. */
    record Segment(Pattern glob) {

        boolean matchesAnyNumber() {
            return glob == null;
        }
    }

    /**
     * Parses a pattern, refusing anything outside the wildcard syntax with a message naming the pattern.
     *
     * @param text the pattern, e.g. {@code "..adapters.."} or {@code "com.example.io.."}
     * @return the parsed pattern
     * @throws IllegalArgumentException if the text is blank or not a package pattern
     */
    static PackagePattern parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("adapter package pattern must not be blank, got " + (text == null ? "null" : "\"" + text + "\""));
        }
        if (text.equals("..")) {
            throw refused(text, "no package named, so it would make every class an adapter");
        }
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (text.startsWith("..", at)) {
                if (text.startsWith("...", at)) {
                    throw refused(text, "three dots in a row");
                }
                segments.add(ANY_SEGMENTS);
                at += 2;
                continue;
            }
            if (text.charAt(at) == '.') {
                if (at == 0 || at == text.length() - 1) {
                    throw refused(text, "a single dot at its start or end");
                }
                at++;
            }
            int end = text.indexOf('.', at);
            end = end < 0 ? text.length() : end;
            segments.add(new Segment(glob(text, text.substring(at, end))));
            at = end;
        }
        return new PackagePattern(text, List.copyOf(segments));
    }

    /**
     * Whether a package lies in this pattern.
     *
     * @param packageName a package name, empty for the default package
     * @return true if it matches
     */
    boolean matches(String packageName) {
        List<String> names = packageName.isEmpty() ? List.of() : List.of(packageName.split("\\.", -1));
        return matches(0, names, 0);
    }

    private boolean matches(int segment, List<String> names, int name) {
        if (segment == segments.size()) {
            return name == names.size();
        }
        Segment current = segments.get(segment);
        if (current.matchesAnyNumber()) {
            for (int skip = name; skip <= names.size(); skip++) {
                if (matches(segment + 1, names, skip)) {
                    return true;
                }
            }
            return false;
        }
        return name < names.size() && current.glob().matcher(names.get(name)).matches() && matches(segment + 1, names, name + 1);
    }

    private static Pattern glob(String text, String segment) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '*') {
                regex.append("\\p{javaJavaIdentifierPart}*");
            } else if (Character.isJavaIdentifierPart(c)) {
                regex.append(Pattern.quote(String.valueOf(c)));
            } else {
                throw refused(text, "'" + c + "', which is neither part of a Java identifier nor a wildcard (.. or *)");
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException("adapter package pattern \"" + text + "\" is not a package pattern: it has " + why
                + "; use identifiers joined by dots, '..' for any number of packages and '*' within one, e.g. \"..adapters..\"");
    }
}
