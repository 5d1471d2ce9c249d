package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures per-run detection of the planted Raft bugs under the ready-made nemeses, for BENCHMARKS.md; off by
 * default, run with {@code -Dnemesis.measure=<seeds>}.
 */
@EnabledIfSystemProperty(named = "nemesis.measure", matches = "\\d+")
class RaftNemesisMeasureTest {

    @Test
    void measure() {
        int seeds = Integer.parseInt(System.getProperty("nemesis.measure"));
        Map<String, List<Nemesis>> variants = new LinkedHashMap<>();
        variants.put("random faults only", List.of());
        variants.put("strikeAtNew(LEADER)", List.of(Nemeses.strikeAtNew(RaftRole.LEADER)));
        variants.put("cutOffNew(LEADER)", List.of(Nemeses.cutOffNew(RaftRole.LEADER)));
        variants.put("powerOffAtNew(LEADER, FOLLOWER)", List.of(Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER)));
        variants.put("leaderHunt(LEADER, FOLLOWER)", Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER));
        variants.forEach((name, nemeses) -> {
            for (Set<RaftBug> bugs : List.of(EnumSet.of(RaftBug.FIGURE_8_COMMIT), EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC), Set.<RaftBug>of())) {
                RaftNemesisSweep.Outcome outcome = RaftNemesisSweep.sweep(1, seeds, bugs, nemeses);
                System.out.println("MEASURE | " + name + " | " + (bugs.isEmpty() ? "correct" : bugs.iterator().next()) + " | "
                        + outcome.failedSeeds().size() + "/" + seeds + " | " + outcome.nanos() / 1_000_000 + " ms | "
                        + outcome.strikes() + " strikes | " + outcome.reports().stream().limit(3).toList());
            }
        });
    }
}
