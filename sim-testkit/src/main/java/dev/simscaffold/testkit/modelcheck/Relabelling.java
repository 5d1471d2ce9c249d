package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.net.NodeId;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Renames the node ids inside a node key, a durable state or a message: a {@link NodeId} anywhere in records,
 * lists, sets, maps and optionals is renamed; strings, numbers, booleans, characters and enums are kept; a value
 * of a class the user gave a relabelling for is passed to it. Any other class is refused, naming it, because a
 * node id inside it would be missed. A node named by anything but a {@code NodeId} (an index in an {@code int},
 * a name in a string) is not seen either: such a class needs a relabelling of its own.
 */
final class Relabelling {

    private final Map<Class<?>, BiFunction<Object, UnaryOperator<NodeId>, Object>> byClass;
    private final Map<Class<?>, Constructor<?>> constructors = new HashMap<>();

    Relabelling(Map<Class<?>, BiFunction<Object, UnaryOperator<NodeId>, Object>> byClass) {
        this.byClass = Map.copyOf(byClass);
    }

    /** {@code value} with every node id renamed by {@code rename}. */
    Object apply(Object value, UnaryOperator<NodeId> rename) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Character
                || value instanceof Number || value instanceof Enum<?>) {
            return value;
        }
        BiFunction<Object, UnaryOperator<NodeId>, Object> own = byClass.get(value.getClass());
        if (own != null) {
            return own.apply(value, rename);
        }
        if (value instanceof NodeId node) {
            return rename.apply(node);
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(inside -> apply(inside, rename));
        }
        if (value instanceof List<?> list) {
            List<Object> renamed = new ArrayList<>(list.size());
            list.forEach(element -> renamed.add(apply(element, rename)));
            return Collections.unmodifiableList(renamed);
        }
        if (value instanceof Set<?> set) {
            Set<Object> renamed = set instanceof SortedSet<?> sorted ? sortedSet(sorted) : new LinkedHashSet<>();
            set.forEach(element -> renamed.add(apply(element, rename)));
            return renamed;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> renamed = map instanceof SortedMap<?, ?> sorted ? sortedMap(sorted) : new LinkedHashMap<>();
            map.forEach((key, inside) -> renamed.put(apply(key, rename), apply(inside, rename)));
            return renamed;
        }
        if (value instanceof Record record) {
            return record(record, rename);
        }
        throw new IllegalArgumentException("symmetry cannot look for node ids inside a " + value.getClass().getName()
                + " (in a node key, durable state or message): give the check relabel(" + value.getClass().getSimpleName()
                + ".class, ...) or key nodes by records and collections");
    }

    private Object record(Record record, UnaryOperator<NodeId> rename) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] renamed = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object was = read(record, i);
            renamed[i] = apply(was, rename);
            changed |= !Objects.equals(renamed[i], was);
        }
        if (!changed) {
            return record;
        }
        Constructor<?> constructor = constructors.computeIfAbsent(record.getClass(), type -> {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical;
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("symmetry cannot rebuild record " + type.getName() + ": " + e
                        + "; give the check relabel(" + type.getSimpleName() + ".class, ...)", e);
            }
        });
        try {
            return constructor.newInstance(renamed);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("record " + record.getClass().getName() + " refused its relabelled components: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("symmetry cannot rebuild record " + record.getClass().getName() + ": " + e, e);
        }
    }

    /** Each record class's accessors, made accessible once (a record outside this package may hide them). */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                try {
                    accessors[i].setAccessible(true);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("symmetry cannot read " + components[i].getName() + " of record "
                            + type.getName() + ": " + e, e);
                }
            }
            return accessors;
        }
    };

    /** A record's component, by position. */
    static Object read(Record record, int component) {
        Method accessor = ACCESSORS.get(record.getClass())[component];
        try {
            return accessor.invoke(record);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("the accessor " + accessor.getName() + " of " + record.getClass().getName()
                    + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("symmetry cannot read " + accessor.getName() + " of record "
                    + record.getClass().getName() + ": " + e, e);
        }
    }

    /** How many components a record has. */
    static int components(Record record) {
        return ACCESSORS.get(record.getClass()).length;
    }

    @SuppressWarnings("unchecked")
    private static Set<Object> sortedSet(SortedSet<?> like) {
        return new TreeSet<>((java.util.Comparator<Object>) like.comparator());
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> sortedMap(SortedMap<?, ?> like) {
        return new TreeMap<>((java.util.Comparator<Object>) like.comparator());
    }
}
