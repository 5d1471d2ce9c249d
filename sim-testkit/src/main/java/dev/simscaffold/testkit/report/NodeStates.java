package dev.simscaffold.testkit.report;

import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceText;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each node's state where a run stopped, read through the trace's state source (a network's live nodes):
 * what a reader wants next to the timeline. A node with a {@code toString()} of its own prints that; any
 * other is shown field by field, read reflectively, since protocol nodes are classes with private fields and
 * rarely say what they hold. This is a report, never a fingerprint, so reflection is fine here.
 */
final class NodeStates {

    /** The widest a field's value is shown; the state is for reading, not for reconstructing. */
    private static final int MAX_VALUE_CHARS = 200;

    private NodeStates() {
    }

    /**
     * Renders the states, one node a line.
     *
     * @param trace the trace of the stopped run
     * @param when where the run stopped, for the heading
     * @return the lines, empty when the simulation gave no state source
     */
    static List<String> render(Trace trace, String when) {
        Map<String, Object> states;
        try {
            states = trace.states();
        } catch (RuntimeException unreadable) {
            return List.of("node states: could not be read: " + unreadable);
        }
        if (states.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("node states " + when + " (live nodes; a node not listed is down):");
        states.forEach((name, state) -> lines.add("  " + name + ": " + describe(state)));
        return lines;
    }

    static String describe(Object state) {
        if (state == null) {
            return "null";
        }
        if (hasOwnToString(state.getClass())) {
            return clip(String.valueOf(state));
        }
        List<String> fields = new ArrayList<>();
        for (Class<?> type = state.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field.getName() + "=" + read(field, state));
                }
            }
        }
        return state.getClass().getSimpleName() + "{" + String.join(", ", fields) + "}";
    }

    private static String read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return clip(TraceText.describe(field.get(owner)));
        } catch (RuntimeException | IllegalAccessException unreadable) {
            return "(unreadable)";
        }
    }

    private static boolean hasOwnToString(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "... (" + text.length() + " characters)";
    }
}
