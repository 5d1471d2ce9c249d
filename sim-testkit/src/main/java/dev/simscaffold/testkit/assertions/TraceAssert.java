package dev.simscaffold.testkit.assertions;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on a simulation {@link Trace}; failures show the matching part of the timeline. */
@Api(Api.Status.STABLE)
public final class TraceAssert extends AbstractAssert<TraceAssert, Trace> {

    TraceAssert(Trace actual) {
        super(actual, TraceAssert.class);
    }

    /**
     * Checks that no invariant violation was recorded.
     *
     * @return this assertion
     */
    public TraceAssert hasNoViolations() {
        isNotNull();
        List<TraceEvent> violations = kept().stream().filter(e -> e.kind() == EventKind.VIOLATION).toList();
        if (!violations.isEmpty()) {
            failWithMessage("expected no invariant violations but found:%n%s", lines(violations));
        }
        return this;
    }

    /**
     * Checks the fingerprint, as 16 hex digits.
     *
     * @param hex the expected fingerprint
     * @return this assertion
     */
    public TraceAssert hasFingerprint(String hex) {
        isNotNull();
        if (!actual.fingerprintHex().equalsIgnoreCase(hex)) {
            failWithMessage("expected trace fingerprint %s but was %s (%d events)", hex, actual.fingerprintHex(), actual.size());
        }
        return this;
    }

    /**
     * Checks that an event of a kind whose detail contains a fragment was recorded.
     *
     * @param kind the event kind
     * @param detailFragment text the event's detail must contain
     * @return this assertion
     */
    public TraceAssert containsEvent(EventKind kind, String detailFragment) {
        isNotNull();
        boolean found = kept().stream().anyMatch(e -> e.kind() == kind && e.detail().contains(detailFragment));
        if (!found) {
            failWithMessage("expected a %s event containing \"%s\" but the trace has:%n%s", kind, detailFragment, lines(actual.tail(20)));
        }
        return this;
    }

    /**
     * Checks how many events of a kind were recorded.
     *
     * @param kind the event kind
     * @param expected the expected count
     * @return this assertion
     */
    public TraceAssert hasEventCount(EventKind kind, long expected) {
        isNotNull();
        long count = kept().stream().filter(e -> e.kind() == kind).count();
        if (count != expected) {
            failWithMessage("expected %d %s events but found %d", expected, kind, count);
        }
        return this;
    }

    private List<TraceEvent> kept() {
        return actual.mode() == TraceMode.FULL ? actual.events() : actual.tail(Integer.MAX_VALUE);
    }

    private static String lines(List<TraceEvent> events) {
        StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append("  ").append(e.toLine()).append(System.lineSeparator()));
        return text.toString();
    }
}
