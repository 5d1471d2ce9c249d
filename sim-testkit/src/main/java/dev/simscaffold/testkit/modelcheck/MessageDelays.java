package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.Api;

/**
 * How a {@link NetworkModelCheck} models message delays (see {@link NetworkModelCheckBuilder#messageDelays}).
 */
@Api(Api.Status.EXPERIMENTAL)
public enum MessageDelays {

    /**
     * The default: each message is queued at its shortest delay with a window up to its longest, and the order
     * choice may deliver it at any tick of that window that time reaches. No delay is drawn, so a send has
     * one outcome; but a message whose window is open may happen at the tick of whichever event comes before
     * it, so the enabled events of a state often happen at different ticks, which partial-order reduction's
     * persistent sets cannot reduce. A heavy-tail delay is not modelled.
     */
    WINDOW,

    /**
     * Each message's delay is drawn when it is sent, as a random run of the network draws it, and the checker
     * branches on the draw: every delay in {@code [minDelayTicks, maxDelayTicks]}, and where the faults have a
     * heavy tail ({@code tailDelayRate > 0}), the tail or not and every tail delay up to
     * {@code maxTailDelayTicks}. A pending message then happens at exactly its drawn tick, so every enabled event
     * of a state happens at the same tick and persistent sets apply wherever their other conditions hold. Its
     * runs are a superset of {@link #WINDOW}'s under {@link dev.simscaffold.core.net.EventOrder#UNSEQUENCED}
     * (a message may also arrive late while nothing else happens), and each is a run a random network makes,
     * replayed by its path with the same fingerprint. A send branches once per delay value, so a delay range
     * wider than {@code maxBranching} is refused naming the stream.
     */
    DRAWN
}
