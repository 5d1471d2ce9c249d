package dev.simscaffold.core.trace;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Feeds the value of a trace event (an input, effect or message) into a {@link FingerprintHash} as
 * words that depend only on what the value is, never on how the JDK renders it, so the fingerprint
 * needs no {@code toString()} on its hot path. The encoding, value by value:
 * <ul>
 *   <li>{@code null}, a {@code String}, a boxed integral number ({@code Byte}, {@code Short},
 *       {@code Integer} and {@code Long} alike), a {@code Character}, a {@code Boolean}, a {@code Float}
 *       or {@code Double}: a tag word for the kind, then one word (the string word, the number as a
 *       long, the code unit, 1 or 0, the {@code Double.doubleToLongBits} of the number);</li>
 *   <li>an enum constant: one word from its declaring class's simple name and its constant name (never
 *       its ordinal);</li>
 *   <li>a record: one word from its class's simple name and its component names in declaration order,
 *       then each component: primitives as one word each (as above, without a tag), references encoded
 *       recursively by this same list;</li>
 *   <li>a {@code List}: a tag, its size, then its elements in order; an array inside a record alike;</li>
 *   <li>anything else: a tag, then the string word of its {@link TraceText#of(Object) trace text}, which
 *       refuses a class that would print an identity hash code.</li>
 * </ul>
 * Record shapes are found once per class (by reflection, in declaration order) and cached; a record
 * whose accessors this module may not call (a package its module does not open) is encoded by its text
 * instead.
 */
final class CanonicalEncoding {

    private static final long NULL = FingerprintHash.stringWord("#null");
    private static final long STRING = FingerprintHash.stringWord("#string");
    private static final long INTEGER = FingerprintHash.stringWord("#integer");
    private static final long CHARACTER = FingerprintHash.stringWord("#char");
    private static final long BOOLEAN = FingerprintHash.stringWord("#boolean");
    private static final long FLOATING = FingerprintHash.stringWord("#floating");
    private static final long LIST = FingerprintHash.stringWord("#list");
    private static final long ARRAY = FingerprintHash.stringWord("#array");
    private static final long TEXT = FingerprintHash.stringWord("#text");

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    /** How values of one class are encoded. */
    private sealed interface Shape permits Leaf, EnumShape, RecordShape {
    }

    /** The kinds of value encoded without looking inside a class's declaration. */
    private enum LeafKind { STRING, INTEGRAL, CHARACTER, BOOLEAN, FLOATING, LIST, ARRAY, TEXT }

    private record Leaf(LeafKind kind) implements Shape {
    }

    private record EnumShape(long[] words) implements Shape {
    }

    private record RecordShape(long word, Component[] components) implements Shape {
    }

    /**
     * How one record component is read: exactly one of the readers is set, by the component's type, so
     * primitives are read without boxing. The readers are functional objects spun by
     * {@link LambdaMetafactory} over the accessor, which the JIT inlines like a hand-written getter call.
     */
    private record Component(ToLongFunction<Object> number, Predicate<Object> flag, ToDoubleFunction<Object> floating,
            Function<Object, Object> reference) {
    }

    private static final int RECENT = 4;

    private final Class<?>[] recentTypes = new Class<?>[RECENT];
    private final Shape[] recentShapes = new Shape[RECENT];
    private int replace;

    /**
     * Feeds the words of the value of one event; refuses, like {@link TraceText#of(Object)}, a value that
     * has no text of its own, so that both trace modes accept exactly the same values.
     */
    void encodeEvent(Object value, FingerprintHash hash) {
        if (value != null && value.getClass().isArray()) {
            TraceText.of(value);
        }
        encode(value, hash);
    }

    private void encode(Object value, FingerprintHash hash) {
        if (value == null) {
            hash.put(NULL);
            return;
        }
        Shape shape = shape(value.getClass());
        if (shape instanceof RecordShape record) {
            encodeRecord(record, value, hash);
        } else if (shape instanceof EnumShape constants) {
            hash.put(constants.words()[((Enum<?>) value).ordinal()]);
        } else {
            encodeLeaf(((Leaf) shape).kind(), value, hash);
        }
    }

    /**
     * The shape of a class: the last few classes seen are remembered here, since a run's values come from a
     * handful of types and this is cheaper than {@link ClassValue#get} on every event.
     */
    private Shape shape(Class<?> type) {
        for (int i = 0; i < RECENT; i++) {
            if (recentTypes[i] == type) {
                return recentShapes[i];
            }
        }
        Shape shape = SHAPES.get(type);
        recentTypes[replace] = type;
        recentShapes[replace] = shape;
        replace = (replace + 1) & (RECENT - 1);
        return shape;
    }

    private void encodeRecord(RecordShape shape, Object record, FingerprintHash hash) {
        hash.put(shape.word());
        for (Component component : shape.components()) {
            if (component.number() != null) {
                hash.put(component.number().applyAsLong(record));
            } else if (component.flag() != null) {
                hash.put(component.flag().test(record) ? 1 : 0);
            } else if (component.floating() != null) {
                hash.put(Double.doubleToLongBits(component.floating().applyAsDouble(record)));
            } else {
                encode(component.reference().apply(record), hash);
            }
        }
    }

    private void encodeLeaf(LeafKind kind, Object value, FingerprintHash hash) {
        switch (kind) {
            case STRING -> {
                hash.put(STRING);
                hash.put(FingerprintHash.stringWord((String) value));
            }
            case INTEGRAL -> {
                hash.put(INTEGER);
                hash.put(((Number) value).longValue());
            }
            case CHARACTER -> {
                hash.put(CHARACTER);
                hash.put((Character) value);
            }
            case BOOLEAN -> {
                hash.put(BOOLEAN);
                hash.put((Boolean) value ? 1 : 0);
            }
            case FLOATING -> {
                hash.put(FLOATING);
                hash.put(Double.doubleToLongBits(((Number) value).doubleValue()));
            }
            case LIST -> {
                List<?> list = (List<?>) value;
                hash.put(LIST);
                hash.put(list.size());
                for (Object element : list) {
                    encode(element, hash);
                }
            }
            case ARRAY -> {
                int length = Array.getLength(value);
                hash.put(ARRAY);
                hash.put(length);
                for (int i = 0; i < length; i++) {
                    encode(Array.get(value, i), hash);
                }
            }
            case TEXT -> {
                hash.put(TEXT);
                hash.put(FingerprintHash.stringWord(TraceText.of(value)));
            }
        }
    }

    private static Shape shapeOf(Class<?> type) {
        if (type == String.class) {
            return new Leaf(LeafKind.STRING);
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            return new Leaf(LeafKind.INTEGRAL);
        }
        if (type == Character.class) {
            return new Leaf(LeafKind.CHARACTER);
        }
        if (type == Boolean.class) {
            return new Leaf(LeafKind.BOOLEAN);
        }
        if (type == Double.class || type == Float.class) {
            return new Leaf(LeafKind.FLOATING);
        }
        if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
            return enumShape(type.isEnum() ? type : type.getSuperclass());
        }
        if (type.isRecord()) {
            RecordShape record = recordShape(type);
            if (record != null) {
                return record;
            }
        }
        if (List.class.isAssignableFrom(type)) {
            return new Leaf(LeafKind.LIST);
        }
        if (type.isArray()) {
            return new Leaf(LeafKind.ARRAY);
        }
        return new Leaf(LeafKind.TEXT);
    }

    private static EnumShape enumShape(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        long classWord = FingerprintHash.stringWord(simpleName(type));
        long[] words = new long[constants.length];
        for (int i = 0; i < constants.length; i++) {
            words[i] = FingerprintHash.mix(classWord, FingerprintHash.stringWord(((Enum<?>) constants[i]).name()));
        }
        return new EnumShape(words);
    }

    /**
     * The simple name ({@code Renew}), the name the text shows: moving a type to another package or another
     * enclosing type, or generating a module under other names, keeps its fingerprints.
     */
    private static String simpleName(Class<?> type) {
        return type.getSimpleName();
    }

    /** The record's shape, or null when its accessors cannot be called from here (a closed module). */
    private static RecordShape recordShape(Class<?> type) {
        RecordComponent[] declared = type.getRecordComponents();
        long word = FingerprintHash.stringWord(simpleName(type));
        Component[] components = new Component[declared.length];
        try {
            CanonicalEncoding.class.getModule().addReads(type.getModule());
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            for (int i = 0; i < declared.length; i++) {
                RecordComponent component = declared[i];
                word = FingerprintHash.mix(word, FingerprintHash.stringWord(component.getName()));
                components[i] = component(lookup, type, component);
            }
        } catch (Throwable e) {
            return null;
        }
        return new RecordShape(word, components);
    }

    @SuppressWarnings("unchecked")
    private static Component component(MethodHandles.Lookup lookup, Class<?> type, RecordComponent component) throws Throwable {
        MethodHandle accessor = lookup.unreflect(component.getAccessor());
        Class<?> value = component.getType();
        if (value == boolean.class) {
            return new Component(null, (Predicate<Object>) reader(lookup, type, accessor, Predicate.class, "test", boolean.class), null, null);
        }
        if (value == double.class || value == float.class) {
            return new Component(null, null, (ToDoubleFunction<Object>) reader(lookup, type, accessor, ToDoubleFunction.class,
                    "applyAsDouble", double.class), null);
        }
        if (value.isPrimitive()) {
            return new Component((ToLongFunction<Object>) reader(lookup, type, accessor, ToLongFunction.class, "applyAsLong", long.class),
                    null, null, null);
        }
        return new Component(null, null, null, (Function<Object, Object>) reader(lookup, type, accessor, Function.class, "apply",
                Object.class));
    }

    /** A functional object of {@code face} whose one method calls {@code accessor}, widening its result to {@code returns}. */
    private static Object reader(MethodHandles.Lookup lookup, Class<?> type, MethodHandle accessor, Class<?> face, String method,
            Class<?> returns) throws Throwable {
        CallSite site = LambdaMetafactory.metafactory(lookup, method, MethodType.methodType(face),
                MethodType.methodType(returns, Object.class), accessor, MethodType.methodType(returns, type));
        return site.getTarget().invoke();
    }
}
