package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;

/**
 * Which orders of its pending events a {@link SimNetwork} allows when a strategy chooses the next event
 * (see {@link dev.simscaffold.core.explore.Strategy}); a run without a chooser takes the (time, queueing)
 * head under either, so the order matters only to strategies and model checkers. Time is the same under
 * both: one network clock, each event happening at {@code max(now, earliest)}, never past another pending
 * event's latest tick (a message's window ends at its longest delay; a timer's at its deadline).
 */
@Api(Api.Status.EXPERIMENTAL)
public enum EventOrder {

    /**
     * Events due at the same tick happen in the order they were queued, as in a run without a chooser: taking
     * a later-queued event first moves every earlier-queued one due by then to the next tick. Every chosen
     * schedule is therefore one a plain run makes with some message delays. Two deliveries to different nodes
     * do not commute here (the order leaves the clock at different ticks), so partial-order reduction is unsound
     * under it. The default, and what every golden fingerprint is recorded under.
     */
    SEQUENCED,

    /**
     * Events due at the same tick carry no order among themselves: any of them may be taken first and none is
     * postponed. Two events at different nodes due at the same tick commute (either order ends in the same
     * state, each node having seen that tick), which is what partial-order reduction needs. The runs are a
     * superset of {@link #SEQUENCED}'s within the same delay bounds: equal-time events in any order is what a
     * real network does. The pending events' queueing order is no longer part of the model state (see
     * {@link SimNetwork#modelState}).
     */
    UNSEQUENCED
}
