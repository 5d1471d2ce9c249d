package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One failing test case: the generated value, the choices that produce it, the spans that group those
 * choices, and how it failed.
 *
 * @param <T> the generated type
 * @param value the generated value, or null if generation itself threw
 * @param choices the choice sequence that replays this test case
 * @param spans the units of work the run went through (list elements, harness steps, network events),
 *              in the order they opened
 * @param decisions what each top-level span decided that was not the simplest choice (a fault, a
 *                  "one more element"), in the order the spans opened; spans that decided nothing are left out
 * @param failure what the property (or the generator) threw
 */
@Api(Api.Status.EXPERIMENTAL)
public record Counterexample<T>(T value, ChoiceSequence choices, List<Span> spans, List<SpanDecisions> decisions, Throwable failure) {

    /**
     * Validates the components; the message of any failure names the bad component.
     *
     * @param value the generated value, may be null
     * @param choices the choices, not null
     * @param spans the spans, not null
     * @param decisions the top-level spans' non-simplest choices, not null
     * @param failure the failure, not null
     */
    public Counterexample {
        if (choices == null || spans == null || decisions == null || failure == null) {
            throw new NullPointerException("choices, spans, decisions and failure must not be null");
        }
        spans = List.copyOf(spans);
        decisions = List.copyOf(decisions);
    }

    /**
     * Returns where the failure comes from.
     *
     * @return the origin: the broken invariant, or the type and line that threw
     */
    public FailureOrigin origin() {
        return FailureOrigin.of(failure);
    }

    /**
     * Returns how big the case is in client operations plus injected actions, read off its spans.
     *
     * @return the count
     */
    public ActionCount actions() {
        return ActionCount.of(spans);
    }

    /**
     * Counts the spans of each label, such as three {@code list.element}s and five {@code harness.step}s.
     *
     * @return the count per label, in label order
     */
    public SortedMap<String, Integer> spanCounts() {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (Span span : spans) {
            counts.merge(span.label(), 1, Integer::sum);
        }
        return counts;
    }
}
