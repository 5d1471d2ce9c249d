package dev.simscaffold.core.buggify;

import dev.simscaffold.core.Api;

/**
 * What one buggify site did in a run, for a report: whether it was enabled, how often the run reached it and
 * how often it fired. A site the run never reached is not listed, since nothing was decided for it.
 *
 * @param name the site
 * @param enabled whether it was enabled for the run
 * @param reached how often {@code fires} was asked for it
 * @param fired how often it fired
 */
@Api(Api.Status.EXPERIMENTAL)
public record BuggifySite(String name, boolean enabled, long reached, long fired) {
}
