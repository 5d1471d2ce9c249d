package dev.simscaffold.testkit.docs;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.FaultEpochs;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the fault fields of {@code docs/reference/faults.md} from {@link FaultConfig} itself: its layers are its
 * record components, each layer's fields are that record's components (in declaration order), the presets are
 * {@code FaultConfig}'s public no-argument factories, the rules are the messages the layer's constructor throws when
 * one field is set to a probe value, and the meaning is the field's {@code @param} in the record's Javadoc.
 */
final class FaultFieldsPage {

    private FaultFieldsPage() {
    }

    static String render(Path root) {
        JavadocText configDoc = JavadocText.of(root, FaultConfig.class);
        Map<String, String> layerDocs = configDoc.typeParams(FaultConfig.class.getSimpleName());
        List<Method> presets = presets();
        StringBuilder page = new StringBuilder();
        page.append("`FaultConfig` has one record per layer; a preset column gives the value each of `FaultConfig`'s presets sets, ")
                .append("and the rules are the checks its constructor makes (a bad value fails naming the field and the value).\n");
        for (RecordComponent layer : FaultConfig.class.getRecordComponents()) {
            Class<?> type = layer.getType();
            JavadocText doc = JavadocText.of(root, type);
            Map<String, String> meanings = doc.typeParams(type.getSimpleName());
            Map<String, Set<String>> rules = rules(type, layer.getName());
            page.append("\n### `").append(layer.getName()).append("`: `").append(type.getSimpleName()).append("`\n\n")
                    .append("`FaultConfig.").append(layer.getName()).append("()`: ").append(layerDocs.getOrDefault(layer.getName(), ""))
                    .append(". ").append(doc.typeSummary(type.getSimpleName()))
                    .append("\n\n| field | type |");
            presets.forEach(preset -> page.append(" `").append(preset.getName()).append("()` |"));
            page.append(" rules | meaning |\n|---|---|");
            presets.forEach(preset -> page.append("---|"));
            page.append("---|---|\n");
            for (RecordComponent field : type.getRecordComponents()) {
                page.append("| `").append(field.getName()).append("` | ").append(field.getType().getSimpleName()).append(" |");
                for (Method preset : presets) {
                    page.append(' ').append(format(value(field, value(layer, invoke(preset))))).append(" |");
                }
                page.append(' ').append(cell(String.join("; ", rules.getOrDefault(field.getName(), Set.of())))).append(" | ")
                        .append(cell(meanings.getOrDefault(field.getName(), ""))).append(" |\n");
            }
        }
        return page.toString();
    }

    /** {@code FaultConfig}'s public static no-argument factories, the mildest (fewest fields changed from the first) first. */
    private static List<Method> presets() {
        List<Method> factories = Arrays.stream(FaultConfig.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == FaultConfig.class)
                .toList();
        return factories.stream().sorted(Comparator.comparingInt((Method m) -> changedFields((FaultConfig) invoke(m)))
                .thenComparing(Method::getName)).toList();
    }

    private static int changedFields(FaultConfig config) {
        int changed = 0;
        for (RecordComponent layer : FaultConfig.class.getRecordComponents()) {
            for (RecordComponent field : layer.getType().getRecordComponents()) {
                Object none = value(field, value(layer, FaultConfig.none()));
                changed += none.equals(value(field, value(layer, config))) ? 0 : 1;
            }
        }
        return changed;
    }

    /**
     * The rules the layer's constructor enforces, by field: each field of the layer's fault-free value is set in turn to
     * each probe value, and the message of every {@link IllegalArgumentException} (less its {@code , got ...} part and
     * the layer's prefix) is a rule of the field it names first.
     */
    static Map<String, Set<String>> rules(Class<?> layerType, String prefix) {
        RecordComponent[] fields = layerType.getRecordComponents();
        Object none = value(layerFor(layerType), FaultConfig.none());
        Object[] base = Arrays.stream(fields).map(field -> value(field, none)).toArray();
        Constructor<?> constructor;
        try {
            constructor = layerType.getDeclaredConstructor(Arrays.stream(fields).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(layerType + " has no canonical constructor", e);
        }
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            for (Object probe : probes(fields[i].getType())) {
                Object[] args = base.clone();
                args[i] = probe;
                String message = rejection(constructor, args);
                if (message != null) {
                    String field = message.substring(0, message.indexOf(' ')).replace(prefix + ".", "");
                    int got = message.indexOf(", got");
                    String rule = (got < 0 ? message : message.substring(0, got)).substring(message.indexOf(' ') + 1)
                            .replace(prefix + ".", "");
                    rules.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(rule);
                }
            }
        }
        return rules;
    }

    private static List<Object> probes(Class<?> type) {
        if (type == double.class) {
            return List.of(-1.0, 2.0, 0.5);
        }
        if (type == long.class) {
            return List.of(-1L, 1_000_000_000_000L, 1L);
        }
        if (type == int.class) {
            return List.of(-1, 1_000_000, 1);
        }
        if (type == FaultEpochs.class) {
            return List.of(FaultEpochs.OFF);
        }
        throw new IllegalStateException("no probe values for a fault field of type " + type + "; add them to FaultFieldsPage.probes");
    }

    private static String rejection(Constructor<?> constructor, Object[] args) {
        try {
            constructor.newInstance(args);
            return null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException rejected) {
                return rejected.getMessage();
            }
            throw new IllegalStateException(constructor + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordComponent layerFor(Class<?> layerType) {
        return Arrays.stream(FaultConfig.class.getRecordComponents()).filter(c -> c.getType() == layerType).findFirst().orElseThrow();
    }

    private static Object invoke(Method factory) {
        try {
            return factory.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(Object value) {
        return value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    /** A Markdown table cell: no pipe may end it early. */
    static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
