package dev.simscaffold.testkit.replay;

import dev.simscaffold.core.Api;
import java.util.Optional;

/**
 * The system properties sim-testkit reads from a test run's command line ({@code ./mvnw test -Dsim.seed=42}), in
 * one place: each code path that reads one names it here, every replay command and refusal prints its key from
 * here, and the reference page of system properties is rendered from these constants. Replaying a failure, sharding
 * a campaign or turning on a check for a whole run should never need a recompile, so each of these is the way a
 * report, a CI job or a user reaches into a test without touching its code.
 */
@Api(Api.Status.STABLE)
public enum SimProperty {

    /** {@code -Dsim.seed}: a property's base seed, or the one seed a sweep or campaign runs. */
    SEED("sim.seed", "N", "Replays one seed: a property's base seed (its tries run from it, then shrink), or the one seed a sweep or "
            + "campaign runs instead of its range. Every failure report prints it in its replay command."),
    /** {@code -Dsim.replay}: one recorded case of a property. */
    REPLAY("sim.replay", "CHOICES", "Replays one recorded case of a property, as a failure report prints it when the case was found "
            + "while shrinking another and has no seed of its own; given with `sim.seed`."),
    /** {@code -Dsim.strategy}: the schedule strategy of every property, sweep and campaign. */
    STRATEGY("sim.strategy", "STRATEGY", "Sets the schedule strategy of every property, sweep and campaign in the run (the forms are "
            + "on the [strategies](strategies.md) page); a run is a seed and a strategy, so a replay command names the strategy "
            + "when it is not the default."),
    /** {@code -Dsim.path}: a model check's counterexample, replayed instead of searched for. */
    PATH("sim.path", "PATH", "Makes every breadth- or depth-first model check of the test replay that path (the draws of each move, "
            + "as a counterexample's report prints them) instead of searching, judging every state as the search does."),
    /** {@code -Dsim.stopAt}: the event a replayed case stops after, for a debugger. */
    STOP_AT("sim.stopAt", "N", "Stops the replayed case right after event `#N` of its timeline, from inside the simulation, so a "
            + "breakpoint on `TraceStop.reached` shows every node as it is at that event; given with `sim.seed` (or a guided shard's "
            + "`sim.choices`)."),
    /** {@code -Dsim.checkDeterminism}: the double run of passing tries. */
    CHECK_DETERMINISM("sim.checkDeterminism", "N", "Runs every N-th passing try of every property twice and fails, naming the first "
            + "event where the two runs part, when they differ; wins over `checkDeterminism(n)` set in the test."),
    /** {@code -Dsim.seeds}: how many seeds a sweep or a campaign shard runs. */
    SEEDS("sim.seeds", "N", "How many seeds a sweep, or one campaign shard, runs; wins over the count set in the test."),
    /** {@code -Dsim.shard}: which shard of a sweep or campaign this process runs. */
    SHARD("sim.shard", "I/N", "Runs shard I of N (from 0) of a sweep or campaign, so N machines split one range of seeds without "
            + "overlap."),
    /** {@code -Dsim.budget}: how long a campaign shard runs. */
    BUDGET("sim.budget", "TIME", "How long one campaign shard runs (such as `40m`, `90s`, `2h`, `500ms`), whichever of it and "
            + "`sim.seeds` ends first; it decides how many seeds run, never what a seed does."),
    /** {@code -Dsim.corpus}: where a campaign keeps its failing seeds. */
    CORPUS("sim.corpus", "DIR", "The directory of a campaign's corpus of failing seeds, replayed before any new seed (default "
            + "`src/test/resources/sim-corpus`)."),
    /** {@code -Dsim.commit}: the commit a campaign's result lines record. */
    COMMIT("sim.commit", "SHA", "The commit a campaign's result lines and corpus entries record (default the `GITHUB_SHA` "
            + "environment variable, else `unknown`)."),
    /** {@code -Dsim.kept}: the kept tries a guided campaign shard resumes from. */
    KEPT("sim.kept", "FILES", "Comma-separated kept-tries files or directories a guided campaign shard resumes from (never read "
            + "from `target/` on its own)."),
    /** {@code -Dsim.choices}: a choices file a guided shard replays. */
    CHOICES("sim.choices", "FILE", "Replays, and shrinks, the try in a choices file: how a guided campaign's failing mutant, which "
            + "has no seed, is replayed; its report prints the command.");

    private final String key;
    private final String value;
    private final String description;

    SimProperty(String key, String value, String description) {
        this.key = key;
        this.value = value;
        this.description = description;
    }

    /**
     * The property's name, as {@code System.getProperty} reads it.
     *
     * @return such as {@code sim.seed}
     */
    public String key() {
        return key;
    }

    /**
     * What the value stands for, in a usage line.
     *
     * @return such as {@code N}
     */
    public String value() {
        return value;
    }

    /**
     * What the property does, in Markdown, for the reference page.
     *
     * @return one paragraph
     */
    public String description() {
        return description;
    }

    /**
     * The command-line flag that gives the property a value.
     *
     * @param given the value
     * @return such as {@code -Dsim.seed=42}
     */
    public String flag(Object given) {
        return "-D" + key + "=" + given;
    }

    /**
     * The value the run was given, unless it was not given or is blank.
     *
     * @return the value as given (not trimmed), or empty
     */
    public Optional<String> given() {
        String text = System.getProperty(key);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
