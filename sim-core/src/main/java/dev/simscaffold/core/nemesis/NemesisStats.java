package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;
import java.util.SortedMap;

/**
 * What one nemesis did in a run, so a sweep can tell a nemesis that never struck from one that struck and
 * found nothing: how often its trigger fired, how often it struck (by kind), and how often it wanted to
 * strike but found no target.
 *
 * @param name the nemesis
 * @param triggered how often its trigger fired
 * @param struck how often it acted, by fault kind
 * @param noTarget how often it decided to strike but no candidate was left
 */
@Api(Api.Status.EXPERIMENTAL)
public record NemesisStats(String name, long triggered, SortedMap<Strike, Long> struck, long noTarget) {

    /**
     * Returns how often it acted, of every kind.
     *
     * @return the total
     */
    public long strikes() {
        return struck.values().stream().mapToLong(Long::longValue).sum();
    }
}
