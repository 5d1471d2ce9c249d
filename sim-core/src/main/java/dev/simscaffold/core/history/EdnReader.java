package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small subset of EDN and JSON that history files use: maps, vectors, strings, integers,
 * keywords, {@code nil}/{@code null}, {@code true}/{@code false}. Keywords become strings without their
 * colon, so an EDN line and its JSON twin read the same. A colon after a string map key is JSON's key
 * separator; anywhere else it starts a keyword.
 */
final class EdnReader {
    private final String text;
    private int at;

    private EdnReader(String text) {
        this.text = text;
    }

    /**
     * Reads one value.
     *
     * @param text the text of one value
     * @return a {@code Map<String, Object>}, {@code List<Object>}, {@code String}, {@code Long},
     *         {@code Boolean} or {@code null}
     * @throws IllegalArgumentException naming the position and text when it is not of that subset
     */
    static Object read(String text) {
        EdnReader reader = new EdnReader(text);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at != text.length()) {
            throw reader.error("unexpected text after the value");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("expected a value");
        }
        char c = text.charAt(at);
        if (c == '{') {
            return map();
        }
        if (c == '[' || c == '(') {
            return vector(c == '[' ? ']' : ')');
        }
        if (c == '"') {
            return string();
        }
        if (c == ':') {
            at++;
            return word();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        String word = word();
        return switch (word) {
            case "nil", "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw error("unknown symbol " + word);
        };
    }

    private Map<String, Object> map() {
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (!closes('}')) {
            boolean jsonKey = text.charAt(at) == '"';
            Object key = value();
            skipSpace();
            if (jsonKey && at < text.length() && text.charAt(at) == ':') {
                at++;
            }
            map.put(String.valueOf(key), value());
        }
        return map;
    }

    private List<Object> vector(char close) {
        at++;
        List<Object> list = new ArrayList<>();
        while (!closes(close)) {
            list.add(value());
        }
        return list;
    }

    private boolean closes(char close) {
        skipSpace();
        if (at >= text.length()) {
            throw error("missing " + close);
        }
        if (text.charAt(at) == close) {
            at++;
            return true;
        }
        return false;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        for (at++; at < text.length() && text.charAt(at) != '"'; at++) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length()) {
                c = text.charAt(++at);
                out.append(c == 'n' ? '\n' : c == 't' ? '\t' : c);
            } else {
                out.append(c);
            }
        }
        if (at >= text.length()) {
            throw error("unterminated string");
        }
        at++;
        return out.toString();
    }

    private Long number() {
        int start = at;
        at++;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        try {
            return Long.parseLong(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw error("not an integer: " + text.substring(start, at));
        }
    }

    private String word() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "-_?!*+./".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        if (start == at) {
            throw error("expected a value");
        }
        return text.substring(start, at);
    }

    /** Skips whitespace and commas (EDN treats commas as whitespace). */
    private void skipSpace() {
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at column " + (at + 1) + " of: " + text);
    }
}
