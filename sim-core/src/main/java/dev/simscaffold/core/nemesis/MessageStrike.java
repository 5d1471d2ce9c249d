package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;

/**
 * What a {@link MessageFault} does to one message of its kind as it is sent. Node and link faults
 * ({@link Strike}) act through the network's verbs; these act on the message itself, through
 * {@code SimNetwork.tapSends}.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum MessageStrike {
    /** The message is lost. */
    DROP,
    /** The message arrives a drawn number of ticks later than the network would deliver it, so it may overtake or be overtaken. */
    DELAY,
    /** The message arrives twice. */
    DUPLICATE,
    /**
     * The message arrives with a payload the user's function corrupted (a flipped field, a truncated list): what
     * a bit flip on the wire or in a buffer does to a node that trusts an unchecksummed payload.
     */
    CORRUPT,
    /** The message arrives at a node drawn among the others (neither its sender nor its addressee), as a stale routing table or a reused address does. */
    MISDELIVER
}
