/**
 * Nemeses: faults that aim where bugs live. A {@link dev.simscaffold.core.nemesis.Nemesis} says when to strike
 * (a node newly taking a role, every so many events or ticks), whom (the node that just took the role, the
 * nodes with a role, the nodes whose state matches a predicate) and with what (crash, power loss, pause,
 * isolate, cut a majority off without it, restart, heal); a {@link dev.simscaffold.core.nemesis.NemesisRunner}
 * drives a {@link dev.simscaffold.core.net.SimNetwork} through its public run and fault verbs and strikes
 * between events. It is a layer over those verbs, like Jepsen's nemeses over a cluster's processes: the
 * engine is unchanged, and a network run without a runner is the run it always was.
 *
 * <p>Every decision is drawn from the context's {@code nemesis} fork inside a span labelled
 * {@code fault.nemesis.<name>} ({@link dev.simscaffold.core.nemesis.NemesisSpans}), with "does it strike?"
 * first, so it replays with the seed and the shrinker deletes a strike as a unit.
 */
package dev.simscaffold.core.nemesis;
