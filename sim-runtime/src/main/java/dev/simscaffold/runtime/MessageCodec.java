package dev.simscaffold.runtime;

import dev.simscaffold.core.Api;

/**
 * How a message crosses the wire: the user's, since only the protocol knows its messages. The runtime puts
 * its own small header (which node sent it) in front of what {@link #encode} returns, so the codec sees
 * the message and nothing else.
 *
 * <p>{@link #decode} meets whatever arrives on a socket: anything that is not a message it encoded must
 * make it throw (any {@link RuntimeException}); the runtime then drops the datagram and counts it as
 * malformed, and the node never sees it. {@link #encode} throwing is a bug in the codec: the runtime
 * stops and reports it, naming the message.
 *
 * @param <M> the message type
 */
@Api(Api.Status.EXPERIMENTAL)
public interface MessageCodec<M> {

    /**
     * Writes a message as bytes.
     *
     * @param message the message a node sent, not null
     * @return its bytes
     */
    byte[] encode(M message);

    /**
     * Reads a message back; throws on bytes that are not one.
     *
     * @param bytes what arrived (the runtime's header removed)
     * @return the message, not null
     */
    M decode(byte[] bytes);
}
