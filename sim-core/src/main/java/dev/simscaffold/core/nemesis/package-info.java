/**
 * Nemeses: faults that aim where bugs live. A {@link dev.simscaffold.core.nemesis.Nemesis} says when to strike
 * (a node newly taking a role, every so many events or ticks, once after so many events, once when a
 * {@code sometimes} expectation is first reached), whom (the node that just took the role, the one that held
 * it before, the nodes with a role, the nodes whose state matches a predicate) and with what (crash, power
 * loss, pause, isolate, cut a majority off without it, Jepsen's bridge and ring of majorities, restart, heal);
 * a runner's partitions replace each other like a Jepsen grudge; a {@link dev.simscaffold.core.nemesis.NemesisRunner}
 * drives a {@link dev.simscaffold.core.net.SimNetwork} through its public run and fault verbs and strikes
 * between events. It is a layer over those verbs, like Jepsen's nemeses over a cluster's processes (the
 * engine only gained {@code heal(sideA, sideB)}, which heals one partition), and a network run without a
 * runner is the run it always was.
 *
 * <p>Faults on one message go through the network's send tap ({@code SimNetwork.tapSends}), which the runner
 * puts on only when it needs it: a {@link dev.simscaffold.core.nemesis.MessageFault} drops, delays, duplicates,
 * corrupts (with the user's function, since only the user knows the payload) or misdelivers messages of one
 * kind; {@code Trigger.onSend(kind)} fires when a kind is sent and {@code Target.lastSender(kind)} names the
 * node that last sent it.
 *
 * <p>Every decision is drawn from the context's {@code nemesis} fork inside a span labelled
 * {@code fault.nemesis.<name>} ({@link dev.simscaffold.core.nemesis.NemesisSpans}), with "does it strike?"
 * first, so it replays with the seed and the shrinker deletes a strike as a unit. {@code NemesisRunner.swarm}
 * arms a recorded random subset of the nemeses per run.
 */
package dev.simscaffold.core.nemesis;
