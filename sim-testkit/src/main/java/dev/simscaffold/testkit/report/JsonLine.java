package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One flat JSON object on one line: string, whole-number and null fields in a fixed order. Sweep summaries
 * and campaign results need nothing more, and a reader this small keeps users' test classpaths free of a
 * JSON library; the parser refuses anything else (nesting, arrays, fractions) with the offending position.
 */
@Api(Api.Status.INTERNAL)
public final class JsonLine {

    private final StringBuilder text = new StringBuilder("{");

    /** Starts an empty object. */
    public JsonLine() {
    }

    /**
     * Adds a string field (null writes {@code null}).
     *
     * @param name the field name
     * @param value the value, or null
     * @return this line
     */
    public JsonLine put(String name, String value) {
        key(name);
        if (value == null) {
            text.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    /**
     * Adds a whole-number field.
     *
     * @param name the field name
     * @param value the value
     * @return this line
     */
    public JsonLine put(String name, long value) {
        key(name);
        text.append(value);
        return this;
    }

    @Override
    public String toString() {
        return text + "}";
    }

    private void key(String name) {
        if (text.length() > 1) {
            text.append(", ");
        }
        quote(name);
        text.append(": ");
    }

    private void quote(String value) {
        text.append(quoted(value));
    }

    /**
     * Quotes a string as JSON does, escaping quotes, backslashes and control characters.
     *
     * @param value the string
     * @return the JSON string literal
     */
    public static String quoted(String value) {
        StringBuilder text = new StringBuilder();
        text.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    /**
     * Parses one line written by this class (or any flat JSON object of strings, whole numbers and nulls).
     *
     * @param line the line
     * @return the fields in their order: {@link String}, {@link Long} or null values
     * @throws IllegalArgumentException naming the position of the first thing that is not such an object
     */
    public static Map<String, Object> parse(String line) {
        return new Parser(line).object();
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Map<String, Object> object() {
            Map<String, Object> fields = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                at++;
            } else {
                do {
                    String name = string();
                    expect(':');
                    fields.put(name, value());
                } while (consume(','));
                expect('}');
            }
            if (skipSpace() < text.length()) {
                throw error("text after the object");
            }
            return Collections.unmodifiableMap(fields);
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            int start = at;
            if (c == '-') {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (start == at || (c == '-' && start + 1 == at)) {
                throw error("a string, a whole number or null");
            }
            try {
                return Long.parseLong(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("a whole number that fits in 64 bits");
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (at < text.length() && text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    if (at >= text.length()) {
                        throw error("an escape");
                    }
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 'r' -> value.append('\r');
                        case 't' -> value.append('\t');
                        case 'u' -> {
                            if (at + 4 > text.length()) {
                                throw error("four hex digits");
                            }
                            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> value.append(escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            expect('"');
            return value.toString();
        }

        private boolean consume(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("'" + c + "'");
            }
            at++;
        }

        private char peek() {
            skipSpace();
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private int skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at;
        }

        private IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("not a flat JSON object: expected " + expected + " at character " + at + " of: " + text);
        }
    }
}
