package dev.simscaffold.core.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives {@link HistoryLine}s their meaning as {@link KvOp} or {@link StringKvOp} events (see
 * {@link KvHistoryFormat#read} and {@link KvHistoryFormat#readStrings}). Every event is checked against
 * what it claims to be: a completion names the function its invocation did, values have the type the
 * function needs, and anything else is refused with the reason, never read as something close.
 */
final class KvHistoryReader {

    private KvHistoryReader() {
    }

    /** The key of a plain (not independent) Jepsen register history. */
    static final String PLAIN_KEY = "register";

    /** An invocation still waiting for its completion: the operation and the function named. */
    private record Open<I>(I op, String f) {
    }

    static History<KvOp, Long> registers(String text) {
        HistoryBuilder<KvOp, Long> builder = History.builder();
        Map<String, Open<KvOp>> open = new LinkedHashMap<>();
        HistoryLine.readAll(text, line -> {
            if (line.nemesis()) {
                return;
            }
            if ("invoke".equals(line.type())) {
                KvOp op = register(line);
                open.put(line.process(), new Open<>(op, line.f()));
                invoke(builder, line, op);
                return;
            }
            KvOp op = complete(open, line).op();
            complete(builder, line, op instanceof KvOp.Read ? readValue(line) : null);
        });
        return builder.build();
    }

    static History<StringKvOp, String> strings(String text) {
        HistoryBuilder<StringKvOp, String> builder = History.builder();
        Map<String, Open<StringKvOp>> open = new LinkedHashMap<>();
        HistoryLine.readAll(text, line -> {
            if (!line.keyed()) {
                throw new IllegalArgumentException("not Porcupine's key-value shape (no :key); Jepsen register histories are read by "
                        + "KvHistoryFormat.read");
            }
            if ("invoke".equals(line.type())) {
                StringKvOp op = switch (line.f()) {
                    case "get" -> new StringKvOp.Get(String.valueOf(line.key()));
                    case "put" -> new StringKvOp.Put(String.valueOf(line.key()), string(line.value(), "put's value"));
                    case "append" -> new StringKvOp.Append(String.valueOf(line.key()), string(line.value(), "append's value"));
                    default -> throw new IllegalArgumentException("unknown :f " + line.f() + " (expected get, put or append)");
                };
                open.put(line.process(), new Open<>(op, line.f()));
                invoke(builder, line, op);
                return;
            }
            StringKvOp op = complete(open, line).op();
            complete(builder, line, op instanceof StringKvOp.Get ? string(line.value(), "the string a get returned") : null);
        });
        return builder.build();
    }

    private static KvOp register(HistoryLine line) {
        if (line.keyed()) {
            String key = String.valueOf(line.key());
            return switch (line.f()) {
                case "get" -> KvOp.read(key);
                case "put" -> KvOp.write(key, integer(line.value()));
                case "append" -> throw new IllegalArgumentException("append is not a register operation: read Porcupine's string "
                        + "key-value logs with KvHistoryFormat.readStrings and check them with KvModel.strings()");
                default -> throw new IllegalArgumentException("unknown :f " + line.f() + " (expected get or put)");
            };
        }
        Object value = line.value();
        boolean independent = value instanceof List<?> tuple && tuple.size() == 2
                && (!"cas".equals(line.f()) || tuple.get(1) instanceof List<?>);
        String key = independent ? String.valueOf(((List<?>) value).get(0)) : PLAIN_KEY;
        Object argument = independent ? ((List<?>) value).get(1) : value;
        return switch (line.f()) {
            case "read" -> KvOp.read(key);
            case "write" -> KvOp.write(key, number(argument, "a write's value"));
            case "cas" -> {
                if (!(argument instanceof List<?> pair) || pair.size() != 2) {
                    throw new IllegalArgumentException("a cas needs [expected new], got " + argument);
                }
                yield KvOp.cas(key, number(pair.get(0), "a cas's expected value"), number(pair.get(1), "a cas's new value"));
            }
            default -> throw new IllegalArgumentException("unknown :f " + line.f() + " (expected read, write or cas)");
        };
    }

    /** A read's result: nil or an integer, alone (plain), in a [key value] tuple (independent) or quoted (Porcupine). */
    private static Long readValue(HistoryLine line) {
        if (!"ok".equals(line.type())) {
            return null;
        }
        Object value = line.value();
        if (line.keyed()) {
            return value == null ? null : integer(value);
        }
        if (value instanceof List<?> tuple) {
            if (tuple.size() != 2) {
                throw new IllegalArgumentException("a read's result is a value or [key value], got " + value);
            }
            value = tuple.get(1);
        }
        return value == null ? null : number(value, "a read's result");
    }

    private static <I> Open<I> complete(Map<String, Open<I>> open, HistoryLine line) {
        if (!List.of("ok", "fail", "info").contains(line.type())) {
            throw new IllegalArgumentException("unknown :type " + line.type() + " (expected invoke, ok, fail or info)");
        }
        Open<I> invoked = open.remove(line.process());
        if (invoked == null) {
            throw new IllegalArgumentException("process " + line.process() + " completes an operation it never invoked");
        }
        if (!invoked.f().equals(line.f())) {
            throw new IllegalArgumentException("process " + line.process() + " invoked :" + invoked.f() + " but completes :" + line.f());
        }
        return invoked;
    }

    private static <I, O> void invoke(HistoryBuilder<I, O> builder, HistoryLine line, I op) {
        if (line.time() < 0) {
            builder.invoke(line.process(), op);
        } else {
            builder.invoke(line.process(), op, line.time());
        }
    }

    private static <I, O> void complete(HistoryBuilder<I, O> builder, HistoryLine line, O output) {
        boolean timed = line.time() >= 0;
        switch (line.type()) {
            case "ok" -> {
                if (timed) {
                    builder.ok(line.process(), output, line.time());
                } else {
                    builder.ok(line.process(), output);
                }
            }
            case "fail" -> {
                if (timed) {
                    builder.fail(line.process(), line.time());
                } else {
                    builder.fail(line.process());
                }
            }
            default -> {
                if (timed) {
                    builder.info(line.process(), line.time());
                } else {
                    builder.info(line.process());
                }
            }
        }
    }

    private static long number(Object value, String what) {
        if (value instanceof Long number) {
            return number;
        }
        throw new IllegalArgumentException(what + " must be an integer, got " + (value == null ? "nil" : value));
    }

    private static long integer(Object value) {
        try {
            return value instanceof Long number ? number : Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value " + value + " is not an integer: Porcupine's string key-value logs are read by "
                    + "KvHistoryFormat.readStrings and checked with KvModel.strings()", e);
        }
    }

    private static String string(Object value, String what) {
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException(what + " must be a string, got " + (value == null ? "nil" : value));
    }
}
