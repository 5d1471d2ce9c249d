package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;

/**
 * A node that can say what it currently is (leader, follower, candidate, client, ...), as a value of an enum
 * its module declares. Fault targeting and checks then name roles the compiler knows, not strings: a
 * nemesis that strikes {@code RaftRole.LEADER} cannot misspell it, and one written for another protocol's
 * roles does not compile against this one.
 *
 * <p>Optional: a node that does not implement it simply has no role. {@link #role()} is read after events,
 * so it must be cheap, read only the node's state, and never change it.
 *
 * @param <R> the module's role enum
 */
@Api(Api.Status.EXPERIMENTAL)
public interface RoleReporting<R extends Enum<R>> {

    /**
     * Returns what the node is now.
     *
     * @return the role, never null
     */
    R role();
}
