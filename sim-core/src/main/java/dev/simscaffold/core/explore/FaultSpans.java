package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;

/**
 * The span labels of fault actions. A random fault is drawn as a decision ("does it happen?") followed by
 * its details (which node, which sides, how long); a simulator opens a span with one of these labels
 * before the decision and closes it after the details, so that the shrinker deletes a fault as a unit:
 * its decision and its details go together, and what the rest of the run drew stays where it was.
 * {@code SimNetwork}'s random partitions, crashes and pauses are such spans, nested in the
 * {@code network.event} span of the delivery after which they were decided; so are the network's message
 * drops, duplicates and heavy-tail delays, {@code SimHarness}'s effect drops, delays and duplicates, and every
 * entry of a schedule drawn by {@code FaultSchedule.random}.
 *
 * <p>A fault decision that said no is not a fault: the property engine keeps a span labelled
 * {@code fault.*} only if its first draw was not the simplest value, so a run without faults has exactly
 * the spans it had before fault spans existed, and shrinks exactly as before.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class FaultSpans {

    /** What every fault span's label starts with. */
    public static final String PREFIX = "fault.";

    /** A random partition of the network, with its sides, direction and duration. */
    public static final String PARTITION = PREFIX + "partition";

    /** A random crash of a network node, with the node. */
    public static final String CRASH = PREFIX + "crash";

    /** A random pause of a network node, with the node and the duration. */
    public static final String PAUSE = PREFIX + "pause";

    /** A message the network lost at random. */
    public static final String MESSAGE_DROP = PREFIX + "message.drop";

    /** A message the network delivered twice at random. */
    public static final String MESSAGE_DUPLICATE = PREFIX + "message.duplicate";

    /**
     * A message the network held back with a heavy-tail delay, with the delay (an ordinary delay within the
     * configured range is the network's latency, not a fault).
     */
    public static final String MESSAGE_DELAY = PREFIX + "message.delay";

    /**
     * The start of a fault epoch ({@code FaultEpochs}): which mix of network faults is in force, then how long; a pick
     * of the first mix (the calm one) is the simplest value.
     */
    public static final String EPOCH = PREFIX + "epoch";

    /** A random step of the timer clocks of a group of network nodes, with the group and the step. */
    public static final String CLOCK_JUMP = PREFIX + "clock-jump";

    /** A harness effect dropped on its way. */
    public static final String EFFECT_DROP = PREFIX + "effect.drop";

    /** A harness effect delayed, with the delay. */
    public static final String EFFECT_DELAY = PREFIX + "effect.delay";

    /** A harness effect delivered twice. */
    public static final String EFFECT_DUPLICATE = PREFIX + "effect.duplicate";

    /**
     * One entry of a schedule drawn by {@code FaultSchedule.random}: whether there is one more, when, its kind
     * and its details.
     */
    public static final String SCHEDULED = PREFIX + "scheduled";

    private FaultSpans() {
    }

    /**
     * Returns whether a span label names a fault action.
     *
     * @param label a span label
     * @return true if it starts with {@link #PREFIX}
     */
    public static boolean isFault(String label) {
        return label.startsWith(PREFIX);
    }
}
