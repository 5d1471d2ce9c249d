package ${package};

import ${package}.${moduleName}Input.Release;
import dev.simscaffold.core.harness.Invariant;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The lease table's invariants, each a small named check that the simulation runs after every step over
 * every table instance. The names are sentences because a failure report leads with them.
 *
 * <p>Three invariants compare each shard's lease with the one seen at the previous check, which is why
 * they keep history and why every simulation needs fresh instances from {@code standard}.
 * The fourth looks at the last transition itself, because "changes nothing" is a claim about a step,
 * not about a state.
 */
final class ${moduleName}Invariants {

    static final String AT_MOST_ONE_LIVE_HOLDER = "at most one live holder per shard";
    static final String EPOCHS_STRICTLY_INCREASE = "fencing epochs strictly increase per shard";
    static final String EXPIRED_LEASE_NEVER_RENEWED = "an expired lease is never renewed";
    static final String RELEASE_BY_NON_HOLDER_CHANGES_NOTHING = "a release by a non-holder changes nothing";

    /**
     * One step of one table as the simulation saw it.
     *
     * @param before the state the transition started from
     * @param input the request
     * @param at the time of the step
     * @param step what the transition returned
     */
    record Transition(${moduleName}State before, ${moduleName}Input input, LogicalTime at, Step<${moduleName}State, ${moduleName}Effect> step) {
    }

    private ${moduleName}Invariants() {
    }

    /**
     * Returns fresh instances of every shipped invariant, in the order the simulation checks them.
     *
     * @param lastTransition the most recent transition, empty before the first step
     * @return the invariants
     */
    static List<Invariant<${moduleName}State>> standard(Supplier<Optional<Transition>> lastTransition) {
        return List.of(
                atMostOneLiveHolder(),
                epochsStrictlyIncrease(),
                expiredLeaseNeverRenewed(),
                releaseByNonHolderChangesNothing(lastTransition));
    }

    /**
     * A shard's lease is only ever replaced once it is no longer live: a grant while another lease is
     * live would give two workers the shard at once.
     *
     * @return a fresh invariant
     */
    static Invariant<${moduleName}State> atMostOneLiveHolder() {
        return new LeaseHistory(AT_MOST_ONE_LIVE_HOLDER) {
            @Override
            void check(String where, Lease before, Lease after, LogicalTime now, List<String> violations) {
                if (before != null && after != null && !sameGrant(before, after) && before.isLiveAt(now)) {
                    violations.add(where + ": " + after.worker() + " was granted epoch " + after.epoch() + " at " + now
                            + " while " + before.worker() + " held epoch " + before.epoch() + " live until " + before.expiresAt());
                }
            }
        };
    }

    /**
     * Every grant of a shard carries a higher epoch than any earlier grant of it, so storage can fence
     * off writes from every previous holder.
     *
     * @return a fresh invariant
     */
    static Invariant<${moduleName}State> epochsStrictlyIncrease() {
        return new LeaseHistory(EPOCHS_STRICTLY_INCREASE) {
            private final NavigableMap<String, Long> highest = new TreeMap<>();

            @Override
            void check(String where, Lease before, Lease after, LogicalTime now, List<String> violations) {
                if (after == null) {
                    return;
                }
                long seen = highest.getOrDefault(where, 0L);
                boolean newGrant = before == null || !sameGrant(before, after);
                if (newGrant ? after.epoch() <= seen : after.epoch() < seen) {
                    violations.add(where + ": " + after.worker() + " was granted epoch " + after.epoch() + " at " + now
                            + " but epoch " + seen + " had already been issued");
                }
                highest.put(where, Math.max(seen, after.epoch()));
            }
        };
    }

    /**
     * Once a lease's deadline has passed it stays dead: its holder may acquire again and get a new
     * epoch, but the old lease is never brought back to life.
     *
     * @return a fresh invariant
     */
    static Invariant<${moduleName}State> expiredLeaseNeverRenewed() {
        return new LeaseHistory(EXPIRED_LEASE_NEVER_RENEWED) {
            @Override
            void check(String where, Lease before, Lease after, LogicalTime now, List<String> violations) {
                if (before != null && after != null && sameGrant(before, after)
                        && after.expiresAt().isAfter(before.expiresAt()) && !before.isLiveAt(now)) {
                    violations.add(where + ": " + after.worker() + "'s epoch " + after.epoch() + " expired at " + before.expiresAt()
                            + " and was renewed at " + now + " until " + after.expiresAt());
                }
            }
        };
    }

    /**
     * A release that does not name the current lease exactly (another worker, or a stale epoch) leaves
     * the table as it was: a confused or paused worker cannot free a shard someone else holds.
     *
     * @param lastTransition the most recent transition
     * @return a fresh invariant
     */
    static Invariant<${moduleName}State> releaseByNonHolderChangesNothing(Supplier<Optional<Transition>> lastTransition) {
        return Invariant.of(RELEASE_BY_NON_HOLDER_CHANGES_NOTHING, (states, now) -> {
            Optional<Transition> last = lastTransition.get();
            if (last.isEmpty() || !(last.get().input() instanceof Release release)) {
                return List.of();
            }
            Transition transition = last.get();
            boolean holder = transition.before().lease(release.shard())
                    .filter(lease -> lease.isHeldBy(release.worker(), release.epoch()))
                    .isPresent();
            if (holder || transition.step().state().equals(transition.before())) {
                return List.of();
            }
            return List.of(release + " at " + transition.at() + " does not name the current lease "
                    + transition.before().lease(release.shard()).map(Lease::toString).orElse("(none)")
                    + ", yet it changed the table to " + transition.step().state().leases());
        });
    }

    static boolean sameGrant(Lease a, Lease b) {
        return a.worker().equals(b.worker()) && a.epoch() == b.epoch() && a.grantedAt().equals(b.grantedAt());
    }

    /**
     * Walks every shard of every table, handing each check the shard's lease at the previous check and
     * now (either may be null), then remembers the current leases.
     */
    private abstract static class LeaseHistory implements Invariant<${moduleName}State> {

        private final String name;
        private final NavigableMap<String, Lease> previous = new TreeMap<>();

        LeaseHistory(String name) {
            this.name = name;
        }

        abstract void check(String where, Lease before, Lease after, LogicalTime now, List<String> violations);

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> check(List<${moduleName}State> states, LogicalTime now) {
            List<String> violations = new ArrayList<>();
            NavigableMap<String, Lease> current = new TreeMap<>();
            for (int table = 0; table < states.size(); table++) {
                for (Lease lease : states.get(table).leases().values()) {
                    current.put(where(table, lease.shard()), lease);
                }
            }
            TreeSet<String> places = new TreeSet<>(previous.keySet());
            places.addAll(current.keySet());
            for (String where : places) {
                check(where, previous.get(where), current.get(where), now, violations);
            }
            previous.clear();
            previous.putAll(current);
            return violations;
        }

        private static String where(int table, String shard) {
            return "table " + table + " " + shard;
        }

        @Override
        public String toString() {
            return "Invariant[" + name + "]";
        }
    }
}
