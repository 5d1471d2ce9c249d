package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.Locale;

/**
 * Ready-made nemeses in the spirit of Jepsen's, switched on by naming a role. They are plain {@link Nemesis}
 * values, so each can be tuned ({@code withProbability}, {@code withStrikes}, {@code withMaxTicks}) and several
 * compose in one {@link NemesisRunner}.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Nemeses {

    /** How long a ready-made nemesis's faults last at most, in ticks. */
    public static final long DEFAULT_MAX_TICKS = 60;

    /** How long a ready-made nemesis striking at a node new in a role waits at most, so the node acts on it first. */
    public static final long DEFAULT_MAX_DELAY_TICKS = 20;

    /**
     * How long a ready-made cut-off lasts at most, in ticks, unless the next cut-off replaces it first: long
     * enough for the majority to move on and for the node cut off to win again once it is back.
     */
    public static final long CUT_OFF_MAX_TICKS = 300;

    /**
     * How long a ready-made partition around a node new in a role waits at most: a new leader first replicates
     * what it holds to the peers it still reaches, then falls before its own term's entries follow.
     */
    public static final long CUT_OFF_MAX_DELAY_TICKS = 30;

    /** How long a ready-made power loss of the other nodes lasts at most, in ticks: back before the next election. */
    public static final long POWER_OFF_MAX_TICKS = 10;

    private Nemeses() {
    }

    /**
     * Strikes each node soon after it takes {@code role} (a new leader), within {@value #DEFAULT_MAX_DELAY_TICKS}
     * ticks: crashes it, cuts its power, isolates it or pauses it, the kind drawn each time, for up to
     * {@value #DEFAULT_MAX_TICKS} ticks. A new leader is where
     * the protocol is most fragile: it has just persisted and promised things, and has not yet made them safe.
     * Named {@code strike-new-<role>}.
     *
     * @param <R> the role enum
     * @param role the role to strike at, such as {@code RaftRole.LEADER}
     * @return the nemesis
     */
    public static <R extends Enum<R>> Nemesis strikeAtNew(R role) {
        return new Nemesis("strike-new-" + lower(role), Trigger.onRole(role), Target.fired(),
                List.of(Strike.CRASH, Strike.POWER_LOSS, Strike.ISOLATE, Strike.PAUSE), 1.0, DEFAULT_MAX_DELAY_TICKS, DEFAULT_MAX_TICKS);
    }

    /**
     * Cuts each node off soon after it takes {@code role} (within {@value #CUT_OFF_MAX_DELAY_TICKS} ticks): a
     * majority of its peers on the other side, so they move on without it while it still believes what it
     * believed (Jepsen's "majority without the primary"), for up to {@value #CUT_OFF_MAX_TICKS} ticks or until
     * the next cut-off replaces this one; clients keep reaching both sides. Run over a consensus protocol, each
     * new leader stores writes alone, is replaced, comes back when the next leader is cut off and may win
     * again: the sequence of Raft's Figure 8. Named {@code cut-off-new-<role>}.
     *
     * @param <R> the role enum
     * @param role the role, such as a leader
     * @return the nemesis
     */
    public static <R extends Enum<R>> Nemesis cutOffNew(R role) {
        return new Nemesis("cut-off-new-" + lower(role), Trigger.onRole(role), Target.fired(),
                List.of(Strike.MAJORITY_WITHOUT), 1.0, CUT_OFF_MAX_DELAY_TICKS, CUT_OFF_MAX_TICKS);
    }

    /**
     * Isolates each node soon after it takes {@code role} (within {@value #CUT_OFF_MAX_DELAY_TICKS} ticks) from
     * every other node, clients included, for up to {@value #CUT_OFF_MAX_TICKS} ticks or until the next
     * partition replaces it: Jepsen's "isolate the leader". Named {@code isolate-new-<role>}.
     *
     * @param <R> the role enum
     * @param role the role, such as a leader
     * @return the nemesis
     */
    public static <R extends Enum<R>> Nemesis isolateNew(R role) {
        return new Nemesis("isolate-new-" + lower(role), Trigger.onRole(role), Target.fired(),
                List.of(Strike.ISOLATE), 1.0, CUT_OFF_MAX_DELAY_TICKS, CUT_OFF_MAX_TICKS);
    }

    /**
     * Every {@code ticks}, puts a node that holds {@code role} now in the middle of Jepsen's bridge: the other
     * peers split in two halves that cannot reach each other, and the node reaches both, for up to
     * {@value #DEFAULT_MAX_TICKS} ticks. Named {@code bridge-<ticks>-<role>}.
     *
     * @param <R> the role enum
     * @param role the role of the node in the middle
     * @param ticks the period, {@code >= 1}
     * @return the nemesis
     */
    public static <R extends Enum<R>> Nemesis bridgeAt(R role, long ticks) {
        return new Nemesis("bridge-" + ticks + "-" + lower(role), Trigger.everyTicks(ticks), Target.withRole(role),
                List.of(Strike.BRIDGE), 1.0, 0, DEFAULT_MAX_TICKS);
    }

    /**
     * Every {@code ticks}, partitions the peers into Jepsen's ring of majorities, starting at a node that holds
     * {@code role}: every peer sees a majority and no two see the same one, for up to {@value #DEFAULT_MAX_TICKS}
     * ticks. It needs at least four peers; with fewer it counts a miss. Named {@code ring-<ticks>-<role>}.
     *
     * @param <R> the role enum
     * @param role the role of the node the ring starts at
     * @param ticks the period, {@code >= 1}
     * @return the nemesis
     */
    public static <R extends Enum<R>> Nemesis majoritiesRing(R role, long ticks) {
        return new Nemesis("ring-" + ticks + "-" + lower(role), Trigger.everyTicks(ticks), Target.withRole(role),
                List.of(Strike.MAJORITIES_RING), 1.0, 0, DEFAULT_MAX_TICKS);
    }

    /**
     * The moment a node takes {@code role}, cuts the power of one node that holds {@code others} now (a follower
     * that has just voted for the new leader, whose vote may not be on disk yet) for up to
     * {@value #POWER_OFF_MAX_TICKS} ticks. Named {@code power-off-<others>-at-new-<role>}.
     *
     * @param <R> the role enum
     * @param role the role whose new holders trigger it, such as a leader
     * @param others the role of the nodes struck, such as a follower
     * @return the nemesis
     */
    public static <R extends Enum<R>> Nemesis powerOffAtNew(R role, R others) {
        return new Nemesis("power-off-" + lower(others) + "-at-new-" + lower(role), Trigger.onRole(role), Target.withRole(others),
                List.of(Strike.POWER_LOSS), 1.0, 0, POWER_OFF_MAX_TICKS);
    }

    /**
     * Soon after a node takes {@code role} (within {@value #DEFAULT_MAX_DELAY_TICKS} ticks), crashes or cuts the
     * power of the node that held it before, and restarts it within {@value #DEFAULT_MAX_TICKS} ticks: the old
     * leader comes back with whatever it stored alone, as in Raft's Figure 8 (a) to (c). Named
     * {@code kill-previous-at-new-<role>}.
     *
     * @param <R> the role enum
     * @param role the role, such as a leader
     * @return the nemesis
     */
    public static <R extends Enum<R>> Nemesis killPreviousAtNew(R role) {
        return new Nemesis("kill-previous-at-new-" + lower(role), Trigger.onRole(role), Target.previous(),
                List.of(Strike.CRASH, Strike.POWER_LOSS), 1.0, DEFAULT_MAX_DELAY_TICKS, DEFAULT_MAX_TICKS);
    }

    /**
     * The leader hunt: {@link #cutOffNew} and {@link #powerOffAtNew} composed, both aimed at the moment a node
     * takes {@code leader}. Switched on by naming two roles; what a consensus protocol's elections and commit
     * rules should survive. On the corpus Raft it finds the Figure 8 commit in about one run in five and the
     * unsynced vote in one in two (BENCHMARKS.md); {@link #strikeAtNew} composed with it crashes new leaders
     * before they can replicate, and finds fewer.
     *
     * @param <R> the role enum
     * @param leader the leading role
     * @param follower the following role
     * @return the two nemeses, for {@link NemesisRunner#on(dev.simscaffold.core.net.SimNetwork, List)}
     */
    public static <R extends Enum<R>> List<Nemesis> leaderHunt(R leader, R follower) {
        return List.of(cutOffNew(leader), powerOffAtNew(leader, follower));
    }

    /**
     * Every {@code ticks}, strikes a node that holds {@code role} now with one of the given kinds. Named
     * {@code every-<ticks>-<role>}.
     *
     * @param <R> the role enum
     * @param role the role
     * @param ticks the period, {@code >= 1}
     * @param strikes the kinds drawn from, not empty
     * @return the nemesis
     */
    public static <R extends Enum<R>> Nemesis periodicallyAt(R role, long ticks, Strike... strikes) {
        return new Nemesis("every-" + ticks + "-" + lower(role), Trigger.everyTicks(ticks), Target.withRole(role),
                List.of(strikes), 1.0, 0, DEFAULT_MAX_TICKS);
    }

    /**
     * Every {@code ticks}, strikes any live node with one of the given kinds, like Jepsen's random nemesis on a
     * schedule. Named {@code every-<ticks>}.
     *
     * @param ticks the period, {@code >= 1}
     * @param strikes the kinds drawn from, not empty
     * @return the nemesis
     */
    public static Nemesis periodically(long ticks, Strike... strikes) {
        return new Nemesis("every-" + ticks, Trigger.everyTicks(ticks), Target.anyLive(), List.of(strikes), 1.0, 0, DEFAULT_MAX_TICKS);
    }

    private static String lower(Enum<?> role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
