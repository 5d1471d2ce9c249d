package dev.simscaffold.corpus.raft;

import java.util.Objects;

/**
 * One entry of a Raft log: the term of the leader that created it and the client's command.
 *
 * @param term the creating leader's term, {@code >= 1}
 * @param command what to apply
 */
public record LogEntry(long term, Command command) {

    /**
     * Rejects a missing command.
     *
     * @param term the term
     * @param command the command
     */
    public LogEntry {
        Objects.requireNonNull(command, "command");
    }
}
