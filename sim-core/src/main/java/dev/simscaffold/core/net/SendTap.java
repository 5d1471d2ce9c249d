package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;

/**
 * Sees every message as a node sends it, before the network decides its fate, and may change it: the seam
 * through which a nemesis corrupts a payload, misdelivers a message to another node, or drops, delays or
 * duplicates messages of one kind, and through which a trigger learns that a kind of message was sent. The
 * public verbs of {@link SimNetwork} act on nodes and links, never on one message, which is why this seam
 * exists; a network without a tap pays one null check per send and runs exactly as before.
 *
 * <p>Called inside the event that sent the message, after its {@code SEND} is traced; it must draw only from
 * its own random streams and must not call back into the network. What it returns is traced as what happened
 * ({@code DROP}, {@code MESSAGE_CORRUPTED}, {@code MISDELIVERED}, {@code MESSAGE_DELAYED}, {@code DUPLICATE},
 * each noting who did it), then the message goes through the network's own partitions, random faults and
 * delays like any other.
 *
 * @param <M> the message type
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface SendTap<M> {

    /**
     * Looks at one message being sent.
     *
     * @param from the sender
     * @param to the addressee
     * @param message the message as sent
     * @return what to do instead, or null to send it as usual
     */
    Tapped<M> onSend(NodeId from, NodeId to, M message);
}
