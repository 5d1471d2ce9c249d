package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads {@link KvOp} histories in the shapes other checkers take, one event a line, so a
 * verdict can be cross-checked with Jepsen (Knossos, elle-cli) or Porcupine:
 *
 * <ul>
 *   <li>Jepsen EDN, independent keys: {@code {:type :invoke, :f :write, :value ["x" 1], :process 0, :time 3, :index 0}};
 *       a read's value is {@code ["x" nil]} when invoked and {@code ["x" 1]} when ok, a compare-and-set's
 *       {@code ["x" [0 5]]};</li>
 *   <li>the same as JSON lines: {@code {"type":"invoke","f":"write","value":["x",1],"process":0,"time":3,"index":0}};</li>
 *   <li>Porcupine's key-value log: {@code {:process 0, :type :invoke, :f :put, :key "x", :value "1"}} with
 *       {@code :get} and {@code :put}.</li>
 * </ul>
 *
 * <p>{@code :process} is the client's number in order of first appearance and {@code :time} the logical
 * tick (Jepsen writes nanoseconds; only the order matters to a checker). {@link #read} accepts all three.
 */
public final class KvHistoryFormat {

    private KvHistoryFormat() {
    }

    /**
     * Writes Jepsen EDN.
     *
     * @param history the history
     * @return one map a line
     */
    public static String toJepsenEdn(History<KvOp, Long> history) {
        return write(history, false);
    }

    /**
     * Writes Jepsen-shaped JSON lines.
     *
     * @param history the history
     * @return one object a line
     */
    public static String toJepsenJson(History<KvOp, Long> history) {
        return write(history, true);
    }

    /**
     * Writes Porcupine's key-value log (reads and writes only: it has no compare-and-set).
     *
     * @param history the history
     * @return one map a line
     * @throws IllegalArgumentException on a compare-and-set
     */
    public static String toPorcupineKv(History<KvOp, Long> history) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> processes = processes(history);
        for (Event event : events(history)) {
            KvOp op = event.op().input();
            if (op instanceof KvOp.Cas) {
                throw new IllegalArgumentException("Porcupine's key-value log has no compare-and-set: " + event.op().describe());
            }
            String value = op instanceof KvOp.Write write ? quote(Long.toString(write.value()))
                    : event.invoke() || event.op().output() == null ? "nil" : quote(Long.toString(event.op().output()));
            out.append("{:process ").append(processes.get(event.op().client())).append(", :type :").append(event.type())
                    .append(", :f :").append(op instanceof KvOp.Read ? "get" : "put").append(", :key ").append(quote(op.key()))
                    .append(", :value ").append(value).append("}\n");
        }
        return out.toString();
    }

    /**
     * Reads a history written in any of the three shapes (blank lines are skipped).
     *
     * @param text the lines
     * @return the history; clients are named by their process numbers
     * @throws IllegalArgumentException naming the line that is not a history event
     */
    public static History<KvOp, Long> read(String text) {
        HistoryBuilder<KvOp, Long> builder = History.builder();
        Map<String, KvOp> open = new LinkedHashMap<>();
        long lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                readEvent(builder, open, EdnReader.read(line.strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + lineNumber + " is not a history event (" + e.getMessage() + "): " + line, e);
            }
        }
        return builder.build();
    }

    private static void readEvent(HistoryBuilder<KvOp, Long> builder, Map<String, KvOp> open, Object parsed) {
        if (!(parsed instanceof Map<?, ?> event)) {
            throw new IllegalArgumentException("expected a map");
        }
        String client = String.valueOf(event.get("process"));
        String type = String.valueOf(event.get("type"));
        Object time = event.get("time");
        long tick = time instanceof Long t ? t : -1;
        if ("invoke".equals(type)) {
            KvOp op = operation(event);
            open.put(client, op);
            invoke(builder, client, op, tick);
            return;
        }
        KvOp op = open.remove(client);
        if (op == null) {
            throw new IllegalArgumentException("process " + client + " completes an operation it never invoked");
        }
        switch (type) {
            case "ok" -> ok(builder, client, op instanceof KvOp.Read ? readValue(event) : null, tick);
            case "fail" -> complete(builder, client, OpOutcome.FAIL, tick);
            case "info" -> complete(builder, client, OpOutcome.INFO, tick);
            default -> throw new IllegalArgumentException("unknown :type " + type);
        }
    }

    private static KvOp operation(Map<?, ?> event) {
        String f = String.valueOf(event.get("f"));
        if (event.containsKey("key")) {
            String key = String.valueOf(event.get("key"));
            return "get".equals(f) ? KvOp.read(key) : KvOp.write(key, Long.parseLong(String.valueOf(event.get("value"))));
        }
        List<?> tuple = (List<?>) event.get("value");
        String key = String.valueOf(tuple.get(0));
        return switch (f) {
            case "read" -> KvOp.read(key);
            case "write" -> KvOp.write(key, (Long) tuple.get(1));
            case "cas" -> KvOp.cas(key, (Long) ((List<?>) tuple.get(1)).get(0), (Long) ((List<?>) tuple.get(1)).get(1));
            default -> throw new IllegalArgumentException("unknown :f " + f);
        };
    }

    private static Long readValue(Map<?, ?> event) {
        Object value = event.get("value");
        if (event.containsKey("key")) {
            return value == null ? null : Long.parseLong(String.valueOf(value));
        }
        return (Long) ((List<?>) value).get(1);
    }

    private static void invoke(HistoryBuilder<KvOp, Long> builder, String client, KvOp op, long tick) {
        if (tick < 0) {
            builder.invoke(client, op);
        } else {
            builder.invoke(client, op, tick);
        }
    }

    private static void ok(HistoryBuilder<KvOp, Long> builder, String client, Long output, long tick) {
        if (tick < 0) {
            builder.ok(client, output);
        } else {
            builder.ok(client, output, tick);
        }
    }

    private static void complete(HistoryBuilder<KvOp, Long> builder, String client, OpOutcome outcome, long tick) {
        if (tick < 0) {
            if (outcome == OpOutcome.FAIL) {
                builder.fail(client);
            } else {
                builder.info(client);
            }
        } else if (outcome == OpOutcome.FAIL) {
            builder.fail(client, tick);
        } else {
            builder.info(client, tick);
        }
    }

    /** One line: an operation's invocation or its completion. */
    private record Event(Operation<KvOp, Long> op, boolean invoke) {
        int index() {
            return invoke ? op.invokeIndex() : op.completeIndex();
        }

        long time() {
            return invoke ? op.invokeTime() : op.completeTime();
        }

        String type() {
            return invoke ? "invoke" : op.outcome().name().toLowerCase(Locale.ROOT);
        }
    }

    private static List<Event> events(History<KvOp, Long> history) {
        List<Event> events = new ArrayList<>();
        for (Operation<KvOp, Long> op : history.operations()) {
            events.add(new Event(op, true));
            events.add(new Event(op, false));
        }
        events.sort(Comparator.comparingInt(Event::index));
        return events;
    }

    private static Map<String, Integer> processes(History<KvOp, Long> history) {
        Map<String, Integer> processes = new LinkedHashMap<>();
        history.clients().forEach(client -> processes.put(client, processes.size()));
        return processes;
    }

    private static String write(History<KvOp, Long> history, boolean json) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> processes = processes(history);
        int index = 0;
        for (Event event : events(history)) {
            KvOp op = event.op().input();
            String f = op instanceof KvOp.Read ? "read" : op instanceof KvOp.Write ? "write" : "cas";
            String value = "[" + quote(op.key()) + (json ? "," : " ") + value(event, json) + "]";
            if (json) {
                out.append("{\"type\":\"").append(event.type()).append("\",\"f\":\"").append(f).append("\",\"value\":").append(value)
                        .append(",\"process\":").append(processes.get(event.op().client())).append(",\"time\":").append(event.time())
                        .append(",\"index\":").append(index++).append("}\n");
            } else {
                out.append("{:type :").append(event.type()).append(", :f :").append(f).append(", :value ").append(value)
                        .append(", :process ").append(processes.get(event.op().client())).append(", :time ").append(event.time())
                        .append(", :index ").append(index++).append("}\n");
            }
        }
        return out.toString();
    }

    private static String value(Event event, boolean json) {
        String nil = json ? "null" : "nil";
        KvOp op = event.op().input();
        if (op instanceof KvOp.Write write) {
            return Long.toString(write.value());
        }
        if (op instanceof KvOp.Cas cas) {
            return "[" + cas.expected() + (json ? "," : " ") + cas.value() + "]";
        }
        return event.invoke() || event.op().output() == null ? nil : Long.toString(event.op().output());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
