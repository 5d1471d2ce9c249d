package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A total order on state values consistent with {@code equals}, so that the least relabelling of a state is
 * canonical: values of different kinds order by kind and class name, numbers, strings, characters and
 * booleans by value, enums by ordinal, node ids by index, lists element by element, sets and maps as their
 * sorted elements and entries, records component by component. Any other value (one a user relabelling
 * returns, a clock) orders by class name and then by when this order first met a value equal to it: an
 * order fixed once both are met, which is all a least element over one search needs.
 */
final class ValueOrder implements Comparator<Object> {

    private final Map<Object, Integer> met = new HashMap<>();

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        int byKind = Integer.compare(kind(a), kind(b));
        if (byKind != 0) {
            return byKind;
        }
        int byClass = a.getClass().getName().compareTo(b.getClass().getName());
        int kind = kind(a);
        if (byClass != 0 && kind != SET && kind != MAP && kind != LIST) {
            return byClass;
        }
        return switch (kind) {
            case NODE -> Integer.compare(((NodeId) a).index(), ((NodeId) b).index());
            case ENUM -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal());
            case PLAIN -> plain(a, b);
            case OPTIONAL -> optional((Optional<?>) a, (Optional<?>) b);
            case LIST -> lists((List<?>) a, (List<?>) b);
            case SET -> lists(sorted((Collection<?>) a), sorted((Collection<?>) b));
            case MAP -> lists(entries((Map<?, ?>) a), entries((Map<?, ?>) b));
            case RECORD -> records((Record) a, (Record) b);
            default -> a.equals(b) ? 0 : Integer.compare(first(a), first(b));
        };
    }

    private static final int NULL = 0;
    private static final int PLAIN = 1;
    private static final int ENUM = 2;
    private static final int NODE = 3;
    private static final int OPTIONAL = 4;
    private static final int LIST = 5;
    private static final int SET = 6;
    private static final int MAP = 7;
    private static final int RECORD = 8;
    private static final int OTHER = 9;

    private static int kind(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Character
                || value instanceof Number && value instanceof Comparable<?>) {
            return PLAIN;
        }
        if (value instanceof Enum<?>) {
            return ENUM;
        }
        if (value instanceof NodeId) {
            return NODE;
        }
        if (value instanceof Optional<?>) {
            return OPTIONAL;
        }
        if (value instanceof List<?>) {
            return LIST;
        }
        if (value instanceof java.util.Set<?>) {
            return SET;
        }
        if (value instanceof Map<?, ?>) {
            return MAP;
        }
        return value instanceof Record ? RECORD : OTHER;
    }

    /** Same-class strings, booleans, characters and numbers; a compareTo that ties unequal values falls back. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private int plain(Object a, Object b) {
        int by = ((Comparable) a).compareTo(b);
        return by != 0 || a.equals(b) ? by : Integer.compare(first(a), first(b));
    }

    private int optional(Optional<?> a, Optional<?> b) {
        if (a.isPresent() != b.isPresent()) {
            return a.isPresent() ? 1 : -1;
        }
        return a.isPresent() ? compare(a.get(), b.get()) : 0;
    }

    private int lists(List<?> a, List<?> b) {
        int size = Math.min(a.size(), b.size());
        for (int i = 0; i < size; i++) {
            int by = compare(a.get(i), b.get(i));
            if (by != 0) {
                return by;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private List<Object> sorted(Collection<?> values) {
        List<Object> sorted = new ArrayList<>(values);
        sorted.sort(this);
        return sorted;
    }

    private List<Object> entries(Map<?, ?> map) {
        List<Object> keys = sorted(map.keySet());
        List<Object> flat = new ArrayList<>(keys.size() * 2);
        for (Object key : keys) {
            flat.add(key);
            flat.add(map.get(key));
        }
        return flat;
    }

    private int records(Record a, Record b) {
        for (int i = 0; i < Relabelling.components(a); i++) {
            int by = compare(Relabelling.read(a, i), Relabelling.read(b, i));
            if (by != 0) {
                return by;
            }
        }
        return 0;
    }

    private int first(Object value) {
        return met.computeIfAbsent(value, unused -> met.size());
    }
}
