package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the planted Raft bugs under the ready-made nemeses, for BENCHMARKS.md; off by default. Per-run
 * detection over seeds 1 to N with {@code -Dnemesis.measure=<N>}; hunts with {@code -Dnemesis.hunts=<bases>}:
 * from each base seed b, runs seeds {@code b * 10,000} on, up to {@value #HUNT_TRIES} tries, and stops at the
 * first failure, giving the fraction of base seeds whose hunt finds the bug and the median tries of those that do.
 * {@code -Dnemesis.hunts.skipBaseline=true} leaves out the random-faults baseline, whose hunts take longest.
 * Buggify and swarm against neither with {@code -Dnemesis.arms=<N>}.
 */
class RaftNemesisMeasureTest {

    private static final int HUNT_TRIES = 1_000;

    private static Map<String, List<Nemesis>> variants() {
        Map<String, List<Nemesis>> variants = new LinkedHashMap<>();
        variants.put("random faults only", List.of());
        variants.put("strikeAtNew(LEADER)", List.of(Nemeses.strikeAtNew(RaftRole.LEADER)));
        variants.put("cutOffNew(LEADER)", List.of(Nemeses.cutOffNew(RaftRole.LEADER)));
        variants.put("isolateNew(LEADER)", List.of(Nemeses.isolateNew(RaftRole.LEADER)));
        variants.put("powerOffAtNew(LEADER, FOLLOWER)", List.of(Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER)));
        variants.put("bridgeAt(LEADER, 50)", List.of(Nemeses.bridgeAt(RaftRole.LEADER, 50)));
        variants.put("killPreviousAtNew(LEADER)", List.of(Nemeses.killPreviousAtNew(RaftRole.LEADER)));
        variants.put("leaderHunt(LEADER, FOLLOWER)", Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER));
        List<Nemesis> huntAndKill = new ArrayList<>(Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER));
        huntAndKill.add(Nemeses.killPreviousAtNew(RaftRole.LEADER));
        variants.put("leaderHunt + killPreviousAtNew(LEADER)", huntAndKill);
        return variants;
    }

    private static String bugName(Set<RaftBug> bugs) {
        return bugs.isEmpty() ? "correct" : bugs.iterator().next().name();
    }

    @Test
    @EnabledIfSystemProperty(named = "nemesis.measure", matches = "\\d+")
    void measure() {
        int seeds = Integer.parseInt(System.getProperty("nemesis.measure"));
        variants().forEach((name, nemeses) -> {
            for (Set<RaftBug> bugs : List.of(EnumSet.of(RaftBug.FIGURE_8_COMMIT), EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC), Set.<RaftBug>of())) {
                RaftNemesisSweep.Outcome outcome = RaftNemesisSweep.sweep(1, seeds, bugs, nemeses);
                System.out.println("MEASURE | " + name + " | " + bugName(bugs) + " | "
                        + outcome.failedSeeds().size() + "/" + seeds + " | " + outcome.nanos() / 1_000_000 + " ms | "
                        + outcome.strikes() + " strikes | " + outcome.reports().stream().limit(3).toList());
            }
        });
    }

    @Test
    @EnabledIfSystemProperty(named = "nemesis.hunts", matches = "\\d+")
    void hunt() {
        int bases = Integer.parseInt(System.getProperty("nemesis.hunts"));
        Map<String, RaftNemesisSweep.Arms> hunted = new LinkedHashMap<>();
        if (!Boolean.getBoolean("nemesis.hunts.skipBaseline")) {
            hunted.put("random faults only", RaftNemesisSweep.Arms.of(List.of()));
        }
        hunted.put("leaderHunt(LEADER, FOLLOWER)", RaftNemesisSweep.Arms.of(Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER)));
        hunted.put("pool of 5, swarm", new RaftNemesisSweep.Arms(pool(), true, false));
        hunted.forEach((name, arms) -> {
            for (Set<RaftBug> bugs : List.of(EnumSet.of(RaftBug.FIGURE_8_COMMIT), EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC))) {
                List<Integer> tries = new ArrayList<>();
                for (long base = 1; base <= bases; base++) {
                    for (int attempt = 1; attempt <= HUNT_TRIES; attempt++) {
                        if (!RaftNemesisSweep.run(base * 10_000 + attempt, bugs, arms).verdict().passed()) {
                            tries.add(attempt);
                            break;
                        }
                    }
                }
                List<Integer> sorted = tries.stream().sorted().toList();
                System.out.println("HUNT | " + name + " | " + bugName(bugs) + " | found from " + tries.size() + "/" + bases
                        + " base seeds | median tries " + (sorted.isEmpty() ? "-" : sorted.get(sorted.size() / 2))
                        + " | max " + (sorted.isEmpty() ? "-" : sorted.get(sorted.size() - 1)));
            }
        });
    }

    /** The ready-made nemeses that name Raft's roles, the pool a swarm draws from. */
    static List<Nemesis> pool() {
        return List.of(Nemeses.strikeAtNew(RaftRole.LEADER), Nemeses.cutOffNew(RaftRole.LEADER), Nemeses.isolateNew(RaftRole.LEADER),
                Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER), Nemeses.bridgeAt(RaftRole.LEADER, 50));
    }

    @Test
    @EnabledIfSystemProperty(named = "nemesis.arms", matches = "\\d+")
    void buggifyAndSwarm() {
        int seeds = Integer.parseInt(System.getProperty("nemesis.arms"));
        Map<String, RaftNemesisSweep.Arms> arms = new LinkedHashMap<>();
        for (boolean buggify : new boolean[] {false, true}) {
            String suffix = buggify ? " + buggify" : "";
            arms.put("random faults only" + suffix, new RaftNemesisSweep.Arms(List.of(), false, buggify));
            arms.put("strikeAtNew(LEADER)" + suffix, new RaftNemesisSweep.Arms(List.of(Nemeses.strikeAtNew(RaftRole.LEADER)), false, buggify));
            arms.put("powerOffAtNew(LEADER, FOLLOWER)" + suffix,
                    new RaftNemesisSweep.Arms(List.of(Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER)), false, buggify));
            arms.put("leaderHunt" + suffix, new RaftNemesisSweep.Arms(Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER), false, buggify));
            arms.put("pool of 5, all armed" + suffix, new RaftNemesisSweep.Arms(pool(), false, buggify));
            arms.put("pool of 5, swarm" + suffix, new RaftNemesisSweep.Arms(pool(), true, buggify));
        }
        arms.forEach((name, armed) -> {
            for (Set<RaftBug> bugs : List.of(EnumSet.of(RaftBug.FIGURE_8_COMMIT), EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC), Set.<RaftBug>of())) {
                RaftNemesisSweep.Outcome outcome = RaftNemesisSweep.sweep(1, seeds, bugs, armed);
                System.out.println("ARMS | " + name + " | " + bugName(bugs) + " | " + outcome.failedSeeds().size() + "/" + seeds + " | "
                        + outcome.nanos() / 1_000_000 + " ms | first " + outcome.failedSeeds().stream().limit(5).toList());
            }
        });
    }
}
