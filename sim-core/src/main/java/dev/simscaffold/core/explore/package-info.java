/**
 * The exploration seam: how a simulation decides which of the events that could happen next happens,
 * defined once for the timed network ({@code SimNetwork}) and the harness's routed effects
 * ({@code SimHarness}), so that strategies (and later a model checker) plug in without touching either.
 *
 * <h2>Enabled events</h2>
 * Every pending event has a window, from its <em>earliest</em> tick (the time it was queued for) to its
 * <em>latest</em> tick. A timer, a disk completion and every fault action happen exactly when queued
 * ({@code earliest == latest}); a message's window runs from the time its drawn delay gives to the end of
 * its delay range ({@code maxDelayTicks}, or {@code maxTailDelayTicks} for a message whose heavy-tail delay
 * was drawn). An {@link dev.simscaffold.core.explore.EnabledEvent} is a pending event whose tick
 * {@code max(now, earliest)} is at most every other pending event's latest tick, and strictly before the
 * latest tick of any event queued before it: a plain network takes equal-time events in queueing order, so
 * an earlier-queued event that is passed over moves to the next tick. With that rule every schedule a
 * strategy picks is a run a plain {@code SimNetwork} makes when each message's delay is the one it ended
 * up with (never outside the configured range), which {@code RandomWalkScheduleTest} checks by replaying
 * random walks on plain networks. Each enabled event lists the nodes it touches, for partial-order
 * reduction.
 *
 * <h2>Strategies and choosers</h2>
 * A {@link dev.simscaffold.core.explore.Strategy} is a named record; each run gets a fresh
 * {@link dev.simscaffold.core.explore.Chooser} over a random stream of that run (the network's
 * {@code "network.order"} fork, the harness's {@code "routing"} fork), so its decisions are recorded
 * choices: they replay with the seed and shrink toward index 0, the default order.
 * {@link dev.simscaffold.core.explore.Strategy#uniform()} is that default order, byte for byte, and the
 * simulators take it without a chooser (a plain heap pop). On a network the other strategies act where messages
 * enter the queue: a {@link dev.simscaffold.core.explore.Placer} puts each message at a tick of its window, a
 * recorded choice, and the plain heap pop carries the strategy out, so a step costs about what the default's
 * does; the chooser over enabled events remains for a harness's routed effects and for a model checker's
 * strategy, which has no placer.
 *
 * <pre>{@code
 * SimNetwork<Msg> net = SimNetwork.nodes(3, MyNode::new)
 *         .context(new SimContext(seed, Strategy.randomWalk()))   // or .seed(seed).strategy(...)
 *         .faults(faults).build();
 * }</pre>
 *
 * <p>The strategy travels in the {@code SimContext}; a context over the property engine's stream takes the
 * strategy of the property's settings ({@code PropertySettings.withStrategy}), because that stream's source
 * is a {@link dev.simscaffold.core.explore.StrategyCarrier}.
 *
 * <h2>Fault actions as spans</h2>
 * A network's random partitions, crashes and pauses are spans labelled {@code fault.*}
 * ({@link dev.simscaffold.core.explore.FaultSpans}) around their decision and details, so the shrinker
 * deletes a fault as a unit; a decision that said no leaves no span. Scheduled faults are decided when the
 * schedule is drawn, not when they apply (applying one draws nothing).
 */
package dev.simscaffold.core.explore;
