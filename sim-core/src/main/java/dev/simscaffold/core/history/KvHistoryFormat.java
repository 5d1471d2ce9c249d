package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
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
 * tick (Jepsen writes nanoseconds; only the order matters to a checker). {@link #read} accepts all three and
 * Jepsen's log lines; {@link #readStrings} reads Porcupine's string logs with append.
 */
@Api(Api.Status.EXPERIMENTAL)
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
     * Reads a register history: Jepsen EDN or JSON lines, independent ({@code :value ["x" 1]}) or plain
     * ({@code :value 1}, key {@value KvHistoryReader#PLAIN_KEY}), Jepsen log lines
     * ({@code INFO  jepsen.util - 3	:ok	:read	nil}, the etcd tests' files), or Porcupine's key-value maps
     * with integer get and put. Jepsen's meaning is kept: {@code :fail} did not happen (a refused cas is a
     * result under {@link KvSemantics#jepsen()}), {@code :info} may have happened, an {@code :ok} read of
     * {@code nil} returned {@code null} (check it with {@link KvSemantics#jepsen()}, where registers start
     * at nil), and the nemesis's lines are skipped. Blank lines are skipped.
     *
     * @param text the lines
     * @return the history; clients are named by their process numbers
     * @throws IllegalArgumentException naming the first line that is not such an event (an append, a
     *         string value, an unknown {@code :f} or {@code :type}, a completion that does not match its
     *         invocation), or saying the text holds no event
     */
    public static History<KvOp, Long> read(String text) {
        return KvHistoryReader.registers(text);
    }

    /**
     * Reads Porcupine's key-value log: {@code {:process 0, :type :invoke, :f :append, :key "k", :value "x"}}
     * with get, put and append on string values, for {@link KvModel#strings()}.
     *
     * @param text the lines
     * @return the history
     * @throws IllegalArgumentException naming the first line that is not such an event, or saying the text
     *         holds no event
     */
    public static History<StringKvOp, String> readStrings(String text) {
        return KvHistoryReader.strings(text);
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
