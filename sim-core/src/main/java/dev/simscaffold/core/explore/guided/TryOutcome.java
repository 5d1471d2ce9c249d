package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one guided try came to: whether it failed, and the features it reached ({@link Features}): the names a
 * search compares with what earlier tries reached, keeping a try that reached one first.
 *
 * @param failure why the try failed, empty if it passed
 * @param features what it reached, sorted
 */
@Api(Api.Status.EXPERIMENTAL)
public record TryOutcome(Optional<String> failure, SortedSet<String> features) {

    /**
     * Validates and freezes the components.
     *
     * @param failure the {@code failure} component
     * @param features the {@code features} component, no blank names
     */
    public TryOutcome {
        Require.present("failure", failure);
        Require.present("features", features);
        for (String feature : features) {
            Require.name("a feature", feature);
        }
        features = Collections.unmodifiableSortedSet(new TreeSet<>(features));
    }

    /**
     * A try that passed.
     *
     * @param features what it reached
     * @return the outcome
     */
    public static TryOutcome passed(Collection<String> features) {
        return new TryOutcome(Optional.empty(), new TreeSet<>(Require.present("features", features)));
    }

    /**
     * A try that failed.
     *
     * @param why what failed, as a report would say it
     * @return the outcome
     */
    public static TryOutcome failed(String why) {
        return new TryOutcome(Optional.of(Require.present("why", why)), new TreeSet<>());
    }

    /**
     * Returns whether the try failed.
     *
     * @return true if it failed
     */
    public boolean failed() {
        return failure.isPresent();
    }
}
