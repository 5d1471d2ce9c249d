package dev.simscaffold.testkit.sweep;

import dev.simscaffold.core.Api;
import dev.simscaffold.testkit.report.JsonLine;
import java.util.List;

/**
 * What one process of a seed sweep did, written as JSON under {@code target/sim-sweeps/} so that the shards
 * of a large sweep can be collected and merged by any tool.
 *
 * @param name the sweep's name
 * @param shard the slice this process ran
 * @param strategy the schedule strategy the seeds ran under, in its text form ({@code uniform}, {@code pct:3}):
 *        beside each seed, since the same seed under another strategy is another run
 * @param firstSeed the first seed of this process's slice
 * @param seedsRun how many seeds ran
 * @param failures the seeds that failed, in order, with the first line of their failure
 */
@Api(Api.Status.STABLE)
public record SweepSummary(String name, ShardSpec shard, String strategy, long firstSeed, long seedsRun, List<Failure> failures) {

    /**
     * One failing seed.
     *
     * @param seed the seed
     * @param message the first line of its failure
     */
    public record Failure(long seed, String message) {
    }

    /**
     * Freezes the failures.
     *
     * @param name the {@code name} component
     * @param shard the {@code shard} component
     * @param strategy the {@code strategy} component
     * @param firstSeed the {@code firstSeed} component
     * @param seedsRun the {@code seedsRun} component
     * @param failures the {@code failures} component
     */
    public SweepSummary {
        failures = List.copyOf(failures);
    }

    /**
     * Renders the summary as a small JSON object with stable field order.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n")
                .append("  \"name\": ").append(JsonLine.quoted(name)).append(",\n")
                .append("  \"shard\": ").append(JsonLine.quoted(shard.toString())).append(",\n")
                .append("  \"strategy\": ").append(JsonLine.quoted(strategy)).append(",\n")
                .append("  \"firstSeed\": ").append(firstSeed).append(",\n")
                .append("  \"seedsRun\": ").append(seedsRun).append(",\n")
                .append("  \"failed\": ").append(failures.size()).append(",\n")
                .append("  \"failures\": [");
        for (int i = 0; i < failures.size(); i++) {
            Failure failure = failures.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"seed\": ").append(failure.seed()).append(", \"strategy\": ").append(JsonLine.quoted(strategy))
                    .append(", \"message\": ").append(JsonLine.quoted(failure.message())).append('}');
        }
        return json.append(failures.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }
}
