package dev.simscaffold.runtime;

import dev.simscaffold.core.Api;

/**
 * What happened at one hosted node so far, counted by the runtime (never by the node).
 *
 * @param sent datagrams sent
 * @param delivered messages handed to {@code handleInput}
 * @param timersFired calls to {@code handleTimeout}
 * @param malformed datagrams dropped because the header was not the runtime's or the codec could not decode them
 * @param oversized datagrams dropped on arrival because they exceeded the maximum size
 * @param oversizedSends messages dropped before sending because their encoding exceeded the maximum size
 * @param droppedWhileDown messages that arrived while the node was crashed
 * @param sendFailures sends the operating system refused (the message is lost, as on a lossy network)
 * @param crashes how often the node was crashed
 * @param restarts how often it was restarted
 */
@Api(Api.Status.EXPERIMENTAL)
public record HostStats(long sent, long delivered, long timersFired, long malformed, long oversized,
        long oversizedSends, long droppedWhileDown, long sendFailures, long crashes, long restarts) {
}
