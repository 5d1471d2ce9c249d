package org.acme.pipeline;

import dev.simscaffold.core.expect.Expectation;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stage's invariants: always expectations, each a named check of one {@link StageView}. They keep no
 * history, since the view holds what they judge (the sinks as read and as durable, the input's expected
 * outputs), so one list serves every run. The simulation checks all of them
 * at every crash point (before every file-system operation), after every step of the stage and once at the
 * end of the run; each says which of those moments it judges. A check returns one message per violation.
 */
final class OrderTotalsInvariants {

    /** Replays after a crash never duplicate an output, and every output is its record's. */
    static final String EXACTLY_ONCE = "every valid record's output appears exactly once in the sink";
    /** A damaged record is refused, kept with its reason, and never passed downstream. */
    static final String CORRUPT_QUARANTINED = "corrupt records end in quarantine and never in the output";
    /** Once the input is drained, every record has ended somewhere. */
    static final String NOTHING_LOST = "nothing is lost: every record ends in the output or the quarantine";
    /** What a checkpoint covers survives any crash. */
    static final String CHECKPOINT_NEVER_AHEAD = "the checkpoint never runs ahead of what the sinks durably hold";
    /** The checkpoint store's commit is atomic: a power loss leaves the old checkpoint or the new one. */
    static final String CHECKPOINT_WHOLE = "a power loss leaves a whole checkpoint or none, never a damaged one";

    private OrderTotalsInvariants() {
    }

    /**
     * The shipped invariants, in the order they are checked.
     *
     * @return the invariants, always expectations over one view
     */
    static List<Expectation<StageView>> standard() {
        return List.of(
                Expectation.always(EXACTLY_ONCE, OrderTotalsInvariants::exactlyOnce),
                Expectation.always(CORRUPT_QUARANTINED, OrderTotalsInvariants::corruptQuarantined),
                Expectation.always(NOTHING_LOST, OrderTotalsInvariants::nothingLost),
                Expectation.always(CHECKPOINT_NEVER_AHEAD, OrderTotalsInvariants::checkpointNeverAhead),
                Expectation.always(CHECKPOINT_WHOLE, OrderTotalsInvariants::checkpointWhole));
    }

    /** Always: no offset twice in the sink, each output equal to its record's; at the end, in the durable sink too. */
    private static List<String> exactlyOnce(StageView view) {
        List<String> violations = new ArrayList<>();
        List<RecordFrames.Frame> judged = view.finished() ? view.durableOutputs() : view.outputs();
        byKey(judged).forEach((offset, values) -> {
            String expected = view.input().expectedOutputs().get(offset);
            if (values.size() > 1) {
                violations.add("offset " + offset + " appears " + values.size() + " times in the sink: " + values);
            } else if (expected != null && !expected.equals(values.get(0))) {
                violations.add("offset " + offset + " holds '" + values.get(0) + "', its record's output is '" + expected + "'");
            }
        });
        return violations;
    }

    /** Always: no corrupt offset in the sink, the quarantine holds only corrupt ones, once; at the end, every one. */
    private static List<String> corruptQuarantined(StageView view) {
        List<String> violations = new ArrayList<>();
        NavigableSet<Long> corrupt = view.input().corrupt();
        view.outputs().stream().filter(frame -> corrupt.contains(frame.key()))
                .forEach(frame -> violations.add("corrupt record at offset " + frame.key() + " reached the sink as '" + frame.payload() + "'"));
        byKey(view.quarantined()).forEach((offset, entries) -> {
            if (!corrupt.contains(offset)) {
                violations.add("valid record at offset " + offset + " was quarantined: " + entries);
            } else if (entries.size() > 1) {
                violations.add("offset " + offset + " is quarantined " + entries.size() + " times");
            }
        });
        if (view.finished()) {
            NavigableSet<Long> missing = new TreeSet<>(corrupt);
            missing.removeAll(byKey(view.durableQuarantined()).keySet());
            missing.forEach(offset -> violations.add("corrupt record at offset " + offset + " is not in the durable quarantine"));
        }
        return violations;
    }

    /** At the end: every offset of the input is in the durable sink or the durable quarantine. */
    private static List<String> nothingLost(StageView view) {
        if (!view.finished()) {
            return List.of();
        }
        NavigableSet<Long> missing = view.input().offsets();
        missing.removeAll(byKey(view.durableOutputs()).keySet());
        missing.removeAll(byKey(view.durableQuarantined()).keySet());
        List<String> violations = new ArrayList<>();
        missing.forEach(offset -> violations.add("the record at offset " + offset + " is in neither the durable sink nor the durable quarantine"));
        return violations;
    }

    /** Always: everything the sinks hold below the durable checkpoint's offset is durable. */
    private static List<String> checkpointNeverAhead(StageView view) {
        if (view.durableCheckpoint().isEmpty()) {
            return List.of();
        }
        Checkpoint checkpoint = view.durableCheckpoint().get();
        List<String> violations = new ArrayList<>();
        notDurableBelow(checkpoint, view.outputs(), view.durableOutputs()).forEach(offset -> violations.add("checkpoint "
                + checkpoint.number() + " resumes at offset " + checkpoint.nextOffset() + " but the output of offset " + offset + " is not durable"));
        notDurableBelow(checkpoint, view.quarantined(), view.durableQuarantined()).forEach(offset -> violations.add("checkpoint "
                + checkpoint.number() + " resumes at offset " + checkpoint.nextOffset() + " but the quarantine entry of offset " + offset + " is not durable"));
        return violations;
    }

    /** Always: if the durable directory names a checkpoint file, its durable bytes are a whole checkpoint. */
    private static List<String> checkpointWhole(StageView view) {
        if (view.durableCheckpointBytes().isEmpty() || view.durableCheckpoint().isPresent()) {
            return List.of();
        }
        return List.of("a power loss now would leave a checkpoint file of " + view.durableCheckpointBytes().get().length
                + " bytes that is not a whole checkpoint, and the stage could not recover from it");
    }

    private static NavigableSet<Long> notDurableBelow(Checkpoint checkpoint, List<RecordFrames.Frame> held, List<RecordFrames.Frame> durable) {
        NavigableSet<Long> notDurable = new TreeSet<>(byKey(held).headMap(checkpoint.nextOffset()).keySet());
        notDurable.removeAll(byKey(durable).keySet());
        return notDurable;
    }

    private static NavigableMap<Long, List<String>> byKey(List<RecordFrames.Frame> frames) {
        NavigableMap<Long, List<String>> byKey = new TreeMap<>();
        frames.forEach(frame -> byKey.computeIfAbsent(frame.key(), key -> new ArrayList<>()).add(frame.payload()));
        return byKey;
    }
}
