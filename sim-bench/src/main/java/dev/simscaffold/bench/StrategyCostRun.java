package dev.simscaffold.bench;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a schedule strategy's chooser costs on {@code SimNetwork}'s fault-free loop ({@link NetworkBench}'s
 * token workload, fingerprint-only), normalised by the bare loop: for each strategy, the best round of
 * CPU ns per event with that strategy, the bare loop's in the same rounds, their ratio, the extra over
 * the uniform strategy's ratio, and the strategy's ns per event over uniform's measured in the same rounds. Run:
 * {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.StrategyCostRun [rounds] [strategies...]}.
 */
public final class StrategyCostRun {

    private static final long SEED = 42;
    private static final int CALLS_PER_ROUND = 200;

    private StrategyCostRun() {
    }

    /**
     * Prints the table.
     *
     * @param args {@code [rounds]} (default 15), then strategies' text forms (default uniform, random-walk, pct:3, pos)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<Strategy> strategies = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            strategies.add(Strategy.parse(args[i]));
        }
        if (strategies.isEmpty()) {
            strategies = List.of(Strategy.uniform(), Strategy.randomWalk(), Strategy.pct(3), Strategy.pos(), Strategy.parse("portfolio:pct:3,pos"));
        }
        System.out.println("| nodes | strategy | best ns/event | best bare ns/event | ratio | over uniform's ratio | ns/event ÷ uniform's, same rounds |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|");
        for (int nodes : new int[] {5, 100}) {
            double uniformRatio = Double.NaN;
            for (Strategy strategy : strategies) {
                double[] best = measure(nodes, strategy, rounds);
                double ratio = best[0] / best[1];
                if (strategy.equals(Strategy.uniform())) {
                    uniformRatio = ratio;
                }
                double[] againstUniform = strategy.equals(Strategy.uniform()) ? new double[] {1, 1} : againstUniform(nodes, strategy, rounds);
                System.out.printf(Locale.ROOT, "| %d | `%s` | %.1f | %.1f | %.2f× | %s | %.2f× |%n", nodes, strategy.name(), best[0], best[1], ratio,
                        Double.isNaN(uniformRatio) ? "" : String.format(Locale.ROOT, "%+.1f %%", 100 * (ratio / uniformRatio - 1)),
                        againstUniform[0] / againstUniform[1]);
            }
        }
    }

    /** The best rounds of the network under {@code strategy} and of the bare loop, in CPU ns per event. */
    static double[] measure(int nodes, Strategy strategy, int rounds) {
        SimNetwork<TokenNode.Token> network = network(nodes, strategy);
        BareNetworkLoop<TokenNode.Token> bare = new BareNetworkLoop<>(SEED, nodes, 1, 5,
                (id, random) -> new TokenNode<>(id, nodes, random, TokenNode.Token::new));
        return CpuRatioRun.bestRounds(() -> {
            for (int i = 0; i < NetworkBench.EVENTS; i++) {
                network.step();
            }
            return network.events();
        }, () -> {
            for (int i = 0; i < NetworkBench.EVENTS; i++) {
                bare.step();
            }
            return bare.events();
        }, NetworkBench.EVENTS, CALLS_PER_ROUND / 10, rounds);
    }

    /**
     * The best rounds of the network under {@code strategy} and under uniform, alternating in the same rounds, in CPU
     * ns per event: the chooser's cost over the default with no bare loop in between (whose own figure swings on a
     * shared machine).
     */
    static double[] againstUniform(int nodes, Strategy strategy, int rounds) {
        SimNetwork<TokenNode.Token> network = network(nodes, strategy);
        SimNetwork<TokenNode.Token> uniform = network(nodes, Strategy.uniform());
        return CpuRatioRun.bestRounds(() -> steps(network), () -> steps(uniform), NetworkBench.EVENTS, CALLS_PER_ROUND / 10, rounds);
    }

    private static long steps(SimNetwork<TokenNode.Token> network) {
        for (int i = 0; i < NetworkBench.EVENTS; i++) {
            network.step();
        }
        return network.events();
    }

    private static SimNetwork<TokenNode.Token> network(int nodes, Strategy strategy) {
        return SimNetwork.nodes(nodes, (id, random, now) -> new TokenNode<>(id, nodes, random, TokenNode.Token::new, TokenNode.TOKENS))
                .seed(SEED).strategy(strategy).faults(TokenNode.DELAYS).traceMode(TraceMode.FINGERPRINT_ONLY).build();
    }
}
