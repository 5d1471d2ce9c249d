package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;

/**
 * What one message fault did in a run: how many messages of its kind it saw, how many it struck, and how many
 * it wanted to strike but could not (a misdelivery with no third node to send to).
 *
 * @param name the fault
 * @param seen messages of its kind sent while it was armed
 * @param struck messages it decided to drop, delay, duplicate, corrupt or misdeliver (when two faults decide on one
 *        message, the one given first acts)
 * @param noTarget strikes it drew but could not make
 */
@Api(Api.Status.EXPERIMENTAL)
public record MessageFaultStats(String name, long seen, long struck, long noTarget) {
}
