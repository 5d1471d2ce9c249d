package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every strategy's runs are pinned, over chattering networks with every kind of fault (random partitions,
 * crashes and pauses, scheduled ones, loss, duplication), under both event orders:
 * <ul>
 *   <li>each strategy's <em>chooser</em> (what a harness and a network deciding among enabled events use),
 *       driven through the network's chooser path ({@link #throughChooser}), makes byte for byte the runs it made
 *       before the seam showed choosers a lazy view ({@code EnabledEvents}): its fingerprints over {@value #SEEDS}
 *       seeds, folded into one number, equal the number the same runs gave on commit 166b8bb, pinned here;
 *   <li>each chooser picks what its list-based predecessor ({@link ListChoosers}, the code of 166b8bb) picks
 *       when shown the same events as records, run for run;
 *   <li>each strategy's <em>placer</em> (how a network runs it since the placement seam) makes the runs pinned
 *       when that seam came in, the same under both event orders (placed messages go through the plain heap).
 * </ul>
 */
class ChooserIdentityTest {

    private static final int NODES = 4;
    static final long SEEDS = 30;
    private static final long TICKS = 300;
    private static final List<NodeId> IDS = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2), NodeId.of(3));
    private static final NetworkFaults FAULTS = NetworkFaults.builder().lossRate(0.05).duplicateRate(0.05)
            .minDelayTicks(1).maxDelayTicks(8).partitionRate(0.01).maxPartitionTicks(30)
            .crashRate(0.005).restartAfterTicks(20).pauseRate(0.005).maxPauseTicks(15).build();
    private static final FaultSchedule SCHEDULE = FaultSchedule.of(IDS, List.of(
            new FaultEvent.Partition(50, IDS.subList(0, 2), IDS.subList(2, 4), false),
            new FaultEvent.Heal(90),
            new FaultEvent.Crash(120, NodeId.of(2)),
            new FaultEvent.Restart(140, NodeId.of(2)),
            new FaultEvent.Pause(160, NodeId.of(1), 10)));
    static final List<String> STRATEGIES = List.of("random-walk", "pct:1", "pct:3", "pct:3:20", "pos", "hold:5:random-walk",
            "hold:5:pct:2", "hold:5:pos", "portfolio:pct:3,pos,random-walk");

    /** {@link #digest} of each strategy and order on commit 166b8bb. */
    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("random-walk SEQUENCED", "27c0fbc0e207fece"),
            Map.entry("random-walk UNSEQUENCED", "30db37a043a55310"),
            Map.entry("pct:1 SEQUENCED", "72997b33c3d880bb"),
            Map.entry("pct:1 UNSEQUENCED", "62ade043bf490825"),
            Map.entry("pct:3 SEQUENCED", "38512b9d9bc9474a"),
            Map.entry("pct:3 UNSEQUENCED", "83fa6318435c9233"),
            Map.entry("pct:3:20 SEQUENCED", "6c6aa05648da0a2d"),
            Map.entry("pct:3:20 UNSEQUENCED", "aa14333ad0fc09c"),
            Map.entry("pos SEQUENCED", "9fb329ce5ee2261"),
            Map.entry("pos UNSEQUENCED", "6512bf14d88ffb38"),
            Map.entry("hold:5:random-walk SEQUENCED", "d46e67e1bc2e04e5"),
            Map.entry("hold:5:random-walk UNSEQUENCED", "b41800b6f66928f5"),
            Map.entry("hold:5:pct:2 SEQUENCED", "529faaf00e8e2810"),
            Map.entry("hold:5:pct:2 UNSEQUENCED", "f30a37f349fd3294"),
            Map.entry("hold:5:pos SEQUENCED", "1b2eab609314962d"),
            Map.entry("hold:5:pos UNSEQUENCED", "5c7640f8120eed4a"),
            Map.entry("portfolio:pct:3,pos,random-walk SEQUENCED", "9e5c0f6be74bfc6e"),
            Map.entry("portfolio:pct:3,pos,random-walk UNSEQUENCED", "329638621f92fe8d"));

    /**
     * Each strategy's {@link #digest} through its placer on the commit that brought in placement (one value for
     * both orders): pinned once, when strategies moved from choosing among enabled events to placing messages.
     */
    private static final Map<String, String> PLACED = Map.ofEntries(
            Map.entry("random-walk", "1207365bb7a79842"),
            Map.entry("pct:1", "4aad169f3f759e78"),
            Map.entry("pct:3", "7f4ce1a76c3aff0b"),
            Map.entry("pct:3:20", "4bc754af90d87853"),
            Map.entry("pos", "518df5de3088d6e0"),
            Map.entry("hold:5:random-walk", "22a7ee0189339727"),
            Map.entry("hold:5:pct:2", "bcdd4300ac1a0746"),
            Map.entry("hold:5:pos", "54b206d596bc1252"),
            Map.entry("portfolio:pct:3,pos,random-walk", "dabcf88229cb0f49"));

    /** {@code strategy} with its chooser only, so that a network decides among enabled events through it. */
    static Strategy throughChooser(Strategy strategy) {
        return new Strategy() {
            @Override
            public String name() {
                return strategy.name();
            }

            @Override
            public Chooser chooser(SimRandom random) {
                return strategy.chooser(random);
            }

            @Override
            public long holdTicks() {
                return strategy.holdTicks();
            }
        };
    }

    static SimNetwork<Chatter.Note> run(long seed, Strategy strategy, EventOrder order) {
        SimNetwork<Chatter.Note> net = SimNetwork.nodes(NODES, (id, random, now) -> new Chatter(id, NODES)).seed(seed)
                .strategy(strategy).eventOrder(order).faults(FAULTS).schedule(SCHEDULE).build();
        net.run(TICKS);
        return net;
    }

    /** The fingerprints of seeds 1 to {@value #SEEDS} under {@code strategy} and {@code order}, folded into one number. */
    static String digest(Strategy strategy, EventOrder order) {
        long folded = 17;
        for (long seed = 1; seed <= SEEDS; seed++) {
            folded = folded * 1_000_003 + run(seed, strategy, order).trace().fingerprint();
        }
        return Long.toHexString(folded);
    }

    /** Every strategy and order with its {@link #digest}, in a stable order, as {@link #BEFORE} pins them. */
    static Map<String, String> digests() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String name : STRATEGIES) {
            for (EventOrder order : EventOrder.values()) {
                digests.put(name + " " + order, digest(throughChooser(Strategy.parse(name)), order));
            }
        }
        return digests;
    }

    @Test
    void everyChooserMakesTheRunsItMadeBeforeTheLazyView() {
        assertThat(digests()).containsExactlyInAnyOrderEntriesOf(BEFORE);
    }

    @Test
    void everyPlacerMakesThePinnedRunsUnderEitherOrder() {
        Map<String, String> placed = new LinkedHashMap<>();
        for (String name : STRATEGIES) {
            String sequenced = digest(Strategy.parse(name), EventOrder.SEQUENCED);
            assertThat(digest(Strategy.parse(name), EventOrder.UNSEQUENCED)).as(name).isEqualTo(sequenced);
            placed.put(name, sequenced);
        }
        assertThat(placed).containsExactlyInAnyOrderEntriesOf(PLACED);
    }

    @Test
    void everyChooserPicksWhatItsListBasedPredecessorPicks() {
        Map<String, Strategy> predecessors = new LinkedHashMap<>();
        predecessors.put("random-walk", listed("random-walk", ListChoosers::randomWalk, 0));
        predecessors.put("pct:1", listed("pct:1", random -> new ListChoosers.Pct(1, 500, random), 0));
        predecessors.put("pct:3", listed("pct:3", random -> new ListChoosers.Pct(3, 500, random), 0));
        predecessors.put("pct:3:20", listed("pct:3:20", random -> new ListChoosers.Pct(3, 20, random), 0));
        predecessors.put("pos", listed("pos", ListChoosers.Pos::new, 0));
        predecessors.put("hold:5:pos", listed("hold:5:pos", ListChoosers.Pos::new, 5));
        predecessors.put("hold:5:pct:2", listed("hold:5:pct:2", random -> new ListChoosers.Pct(2, 500, random), 5));
        Map<String, Long> uniform = new LinkedHashMap<>();
        int differentFromUniform = 0;
        for (Map.Entry<String, Strategy> predecessor : predecessors.entrySet()) {
            for (EventOrder order : EventOrder.values()) {
                for (long seed = 1; seed <= SEEDS; seed++) {
                    long today = run(seed, throughChooser(Strategy.parse(predecessor.getKey())), order).trace().fingerprint();
                    assertThat(today).as("%s, %s, seed %d", predecessor.getKey(), order, seed)
                            .isEqualTo(run(seed, predecessor.getValue(), order).trace().fingerprint());
                    long run = seed;
                    long plain = uniform.computeIfAbsent(order + " " + seed, key -> run(run, Strategy.uniform(), order).trace().fingerprint());
                    if (today != plain) {
                        differentFromUniform++;
                    }
                }
            }
        }
        assertThat(differentFromUniform).as("runs whose schedule differs from the default order's, of %d", 14 * SEEDS)
                .isGreaterThan((int) (12 * SEEDS));
    }

    private static Strategy listed(String name, Function<SimRandom, ListChoosers.ListChooser> make, long holdTicks) {
        return new ListChoosers.Listed(name, make, holdTicks);
    }
}
