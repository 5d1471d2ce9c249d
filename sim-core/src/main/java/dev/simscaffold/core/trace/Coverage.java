package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run (or, summed by a {@link CoverageTally}, a whole property) exercised: how often each fault
 * kind fired and how often each named "sometimes" condition was reached. A pass whose interesting
 * situations were never reached is vacuous; this record is how a report says so.
 *
 * @param faults every fault kind with how often it fired, zero included, in {@link EventKind} order
 * @param sometimes every declared sometimes condition with how often it was reached, in declaration order
 */
@Api(Api.Status.STABLE)
public record Coverage(Map<EventKind, Long> faults, Map<String, Long> sometimes) {

    /**
     * Freezes the maps, keeping their order; rejects a non-fault kind or a negative count.
     *
     * @param faults fault kind to count
     * @param sometimes condition name to count
     */
    public Coverage {
        EnumMap<EventKind, Long> f = new EnumMap<>(EventKind.class);
        faults.forEach((kind, count) -> {
            if (!kind.fault()) {
                throw new IllegalArgumentException(kind + " is not a fault kind");
            }
            f.put(kind, nonNegative(kind.name(), count));
        });
        LinkedHashMap<String, Long> s = new LinkedHashMap<>();
        sometimes.forEach((name, count) -> s.put(name, nonNegative(name, count)));
        faults = Collections.unmodifiableMap(f);
        sometimes = Collections.unmodifiableMap(s);
    }

    /**
     * Returns the coverage of one run: its trace's fault counts and its sometimes counts.
     *
     * @param trace the run's trace
     * @param sometimes condition name to how often it was reached
     * @return the coverage
     */
    public static Coverage of(Trace trace, Map<String, Long> sometimes) {
        return new Coverage(trace.faultCounts(), sometimes);
    }

    /**
     * Returns the sometimes conditions that were never reached, in declaration order.
     *
     * @return their names
     */
    public List<String> unmet() {
        List<String> unmet = new ArrayList<>();
        sometimes.forEach((name, count) -> {
            if (count == 0) {
                unmet.add(name);
            }
        });
        return unmet;
    }

    /**
     * Renders the summary, two lines: the faults that fired (and those that never did), then each
     * sometimes condition with its count.
     *
     * @return the text
     */
    public String describe() {
        List<String> fired = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        faults.forEach((kind, count) -> {
            if (count > 0) {
                fired.add(kind + "x" + count);
            } else {
                silent.add(kind.name());
            }
        });
        List<String> reached = new ArrayList<>();
        sometimes.forEach((name, count) -> reached.add("'" + name + "' " + (count == 0 ? "NEVER" : "x" + count)));
        return "faults fired: " + (fired.isEmpty() ? "none" : String.join(", ", fired))
                + (silent.isEmpty() ? "" : "; never fired: " + String.join(", ", silent)) + "\n"
                + "sometimes: " + (reached.isEmpty() ? "none declared" : String.join(", ", reached));
    }

    private static long nonNegative(String what, Long count) {
        if (count == null || count < 0) {
            throw new IllegalArgumentException("the count of " + what + " must be >= 0, got " + count);
        }
        return count;
    }
}
