package dev.simscaffold.testkit.modelcheck;

/**
 * How the model checker treats the draws of one random stream, by the purpose it was forked for. The
 * network's own streams have fixed names; every other stream (a node's, a test's) is branched on.
 */
enum StreamKind {
    /** The order of enabled events ({@code network.order}): branched on. */
    ORDER,
    /** Message loss ({@code network.loss}): branched on while the loss budget lasts. */
    LOSS,
    /** Message duplication ({@code network.duplicate}): branched on while the duplication budget lasts. */
    DUPLICATE,
    /**
     * Message delays ({@code network.delay}): under {@link MessageDelays#WINDOW} forced to the shortest delay and
     * no tail, because a message's window already lets the order choice deliver it at any point up to its
     * longest delay; under {@link MessageDelays#DRAWN} branched on like a node's draws.
     */
    DELAY,
    /** Random node faults and clock skew: not modelled, so a draw is refused. */
    REFUSED,
    /**
     * A machine's disk ({@code storage.<node>}): its latency draws are branched on like a node's, so a latency
     * range of a few ticks gives every completion order; its fault chances (errors, corruption, what a power loss
     * keeps beyond the fsynced image) are refused unless 0 or 1, because crashes and power losses are the checker's
     * budgeted moves and a power loss keeps exactly the durable image.
     */
    DISK,
    /** A node's or a test's own stream: every bounded draw is branched on. */
    BRANCHED;

    static StreamKind of(String purpose) {
        return switch (purpose) {
            case "network.order" -> ORDER;
            case "network.loss" -> LOSS;
            case "network.duplicate" -> DUPLICATE;
            case "network.delay" -> DELAY;
            case "network.partition", "network.crash", "network.pause", "network.clock" -> REFUSED;
            default -> purpose.startsWith("storage.") ? DISK : BRANCHED;
        };
    }
}
