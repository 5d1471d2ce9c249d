package dev.simscaffold.testkit.campaign;

import dev.simscaffold.core.Api;
import dev.simscaffold.testkit.replay.SimProperty;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much one shard runs: a number of seeds ({@code -Dsim.seeds=N}), a wall-clock time
 * ({@code -Dsim.budget=40m}), or both, whichever ends first. A time budget makes <em>how many</em> seeds run
 * depend on the machine, never what a seed does; the shard's result line records how many ran and why it
 * stopped.
 *
 * @param seeds the most seeds this shard runs
 * @param time the longest this shard runs, or null for no limit; the seed in progress always finishes
 */
@Api(Api.Status.EXPERIMENTAL)
public record Budget(long seeds, Duration time) {

    private static final Pattern TIME = Pattern.compile("(\\d+)(ms|s|m|h)");

    /**
     * Validates the components.
     *
     * @param seeds the {@code seeds} component, {@code >= 1}
     * @param time the {@code time} component, positive when given
     */
    public Budget {
        if (seeds < 1) {
            throw new IllegalArgumentException(SimProperty.SEEDS.key() + " must be >= 1, got " + seeds);
        }
        if (time != null && (time.isZero() || time.isNegative())) {
            throw new IllegalArgumentException(SimProperty.BUDGET.key() + " must be positive, got " + time);
        }
    }

    /**
     * Reads {@code -Dsim.seeds} and {@code -Dsim.budget}, falling back to the seed count given in code.
     * With only a time budget, the seed count is unbounded.
     *
     * @param seedsInCode the campaign's own seed count for this shard
     * @return the budget
     * @throws IllegalArgumentException naming the property and value that cannot be read
     */
    static Budget fromSystemProperties(long seedsInCode) {
        String seedsText = System.getProperty(SimProperty.SEEDS.key());
        String timeText = System.getProperty(SimProperty.BUDGET.key());
        Duration time = timeText == null || timeText.isBlank() ? null : parseTime(timeText.trim());
        long seeds = seedsInCode;
        if (seedsText != null && !seedsText.isBlank()) {
            try {
                seeds = Long.parseLong(seedsText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SimProperty.SEEDS.key() + " must be a positive whole number, got \"" + seedsText + "\"", e);
            }
        } else if (time != null) {
            seeds = Long.MAX_VALUE;
        }
        return new Budget(seeds, time);
    }

    /**
     * Parses a time such as {@code 40m}, {@code 90s}, {@code 2h} or {@code 500ms}.
     *
     * @param text the text
     * @return the duration
     * @throws IllegalArgumentException naming the text if it is not of that form
     */
    static Duration parseTime(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(SimProperty.BUDGET.key() + " must be a whole number and a unit (ms, s, m or h), such as 40m, got \"" + text + "\"");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
