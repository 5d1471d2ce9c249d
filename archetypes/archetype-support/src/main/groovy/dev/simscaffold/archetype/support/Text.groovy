package dev.simscaffold.archetype.support

import dev.simscaffold.generator.api.Refusal

/** How values appear in messages and names: short enough to read, exact enough to find. */
final class Text {

    private Text() {
    }

    /** A value in quotes, on one line, cut after 60 characters with its length said: as a Refusal shows it. */
    static String shown(String value) {
        return Refusal.shown(value)
    }

    /** One character by glyph and code point: an invisible one is still named. */
    static String character(int codePoint) {
        return String.format("'%s' (U+%04X)", new String(Character.toChars(codePoint)), codePoint)
    }

    /** Replaces every {key} in {@code template} with its value, e.g. {moduleName}Logic. */
    static String fill(String template, Map<String, ?> values) {
        return template.replaceAll(/\{(\w+)\}/) { String all, String key -> values.containsKey(key) ? String.valueOf(values[key]) : all }
    }
}
