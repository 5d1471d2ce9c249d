package dev.simscaffold.core.model;

import dev.simscaffold.core.Api;

/**
 * How a network's model state gives its times, and so which states a model checker takes as one: two
 * networks whose states differ only by a shift in time have equal relative states.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum ModelTime {

    /** Every time absolute and now in the state: states reached at different times are different. Always sound. */
    ABSOLUTE,

    /**
     * Relative to now when every node declares that it measures time only from now (each live node's key is a
     * {@link TimedKey}; a crashed node counts as declaring only when it keeps no durable state and no disk, or a
     * {@link TimedKey} as its durable state) and every node's clock is exact (a drifting clock does not shift
     * alike); absolute otherwise.
     * Sound as far as the nodes' declarations are true: the network itself only measures from now.
     */
    RELATIVE_WHERE_DECLARED,

    /**
     * Relative to now whatever the nodes declare: the caller asserts that every node and every check behaves
     * alike under a shift in time, and that no node key holds an absolute time outside a {@link TimedKey}.
     */
    RELATIVE
}
