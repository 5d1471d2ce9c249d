package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One event line of a history file, in any of the shapes history files come in, before it is given a
 * meaning: Jepsen EDN or JSON maps ({@code {:type :ok, :f :read, :value ["x" 1], :process 0}}), Jepsen log
 * lines ({@code INFO  jepsen.util - 0	:ok	:read	1}) and Porcupine's key-value maps (with {@code :key}).
 *
 * @param number the line's number in the file, from 1
 * @param text the line
 * @param process the client, as written ({@code "nemesis"} for Jepsen's nemesis)
 * @param type {@code invoke}, {@code ok}, {@code fail} or {@code info}
 * @param f the operation's function, without its colon
 * @param key the key of Porcupine's maps ({@code null} when the line has none)
 * @param value the value as read (a {@code Long}, {@code String}, {@code List} or {@code null})
 * @param time the time the line carries, or -1
 */
record HistoryLine(long number, String text, String process, String type, String f, Object key, Object value, long time) {
    private static final String LOG_MARK = "jepsen.util - ";

    /**
     * Reads every line of a text and hands each to a consumer; blank lines are skipped.
     *
     * @param text the file's text
     * @param consumer what to do with a line; an exception it throws is reported naming the line
     * @throws IllegalArgumentException naming the line that is not an event or that the consumer refused, or
     *         saying the text holds no event at all
     */
    static void readAll(String text, Consumer<HistoryLine> consumer) {
        long lineNumber = 0;
        long events = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                consumer.accept(parse(lineNumber, line.strip()));
                events++;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + lineNumber + " is not a history event this reader understands ("
                        + e.getMessage() + "): " + line, e);
            }
        }
        if (events == 0) {
            throw new IllegalArgumentException("no history events: the text is empty or blank (" + lineNumber + " lines)");
        }
    }

    private static HistoryLine parse(long number, String line) {
        int mark = line.indexOf(LOG_MARK);
        if (mark >= 0) {
            return logLine(number, line, line.substring(mark + LOG_MARK.length()).strip());
        }
        if (!line.startsWith("{")) {
            throw new IllegalArgumentException("neither an EDN or JSON map nor a Jepsen log line (INFO jepsen.util - ...)");
        }
        if (!(EdnReader.read(line) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expected a map");
        }
        Object time = map.get("time");
        return new HistoryLine(number, line, required(map, "process"), required(map, "type"), required(map, "f"),
                map.containsKey("key") ? map.get("key") : null, map.get("value"), time instanceof Long t ? t : -1);
    }

    /** {@code <process> <type> <f> <value>}, separated by tabs or spaces; the value is the rest of the line. */
    private static HistoryLine logLine(long number, String line, String rest) {
        List<String> fields = new ArrayList<>();
        int at = 0;
        while (fields.size() < 3) {
            int start = at;
            while (at < rest.length() && !Character.isWhitespace(rest.charAt(at))) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("a Jepsen log line needs <process> <type> <f> <value>");
            }
            fields.add(rest.substring(start, at));
            while (at < rest.length() && Character.isWhitespace(rest.charAt(at))) {
                at++;
            }
        }
        if (at >= rest.length()) {
            throw new IllegalArgumentException("a Jepsen log line needs a value after <f>");
        }
        Object value = EdnReader.read(rest.substring(at));
        return new HistoryLine(number, line, fields.get(0), keyword(fields.get(1)), keyword(fields.get(2)), null, value, -1);
    }

    private static String keyword(String field) {
        if (!field.startsWith(":") || field.length() < 2) {
            throw new IllegalArgumentException("expected a keyword, got " + field);
        }
        return field.substring(1);
    }

    private static String required(Map<?, ?> map, String field) {
        Object value = map.get(field);
        if (value == null) {
            throw new IllegalArgumentException("missing :" + field);
        }
        return String.valueOf(value);
    }

    /**
     * Tells whether the line is an event of Jepsen's nemesis, which injects faults and is no client.
     *
     * @return true for {@code :process :nemesis}
     */
    boolean nemesis() {
        return "nemesis".equals(process);
    }

    /**
     * Tells whether the line has Porcupine's key-value shape.
     *
     * @return true when it carries {@code :key}
     */
    boolean keyed() {
        return key != null;
    }
}
