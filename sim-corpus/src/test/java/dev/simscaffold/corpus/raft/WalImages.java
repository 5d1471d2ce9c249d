package dev.simscaffold.corpus.raft;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a server's write-ahead log off its disk the way the server's own recovery does ({@link WalCodec#decode}),
 * for tests outside this package that judge what a disk still holds (the storage tests' fault atlas).
 */
public final class WalImages {

    /**
     * One entry record the log holds intact.
     *
     * @param index the entry's index
     * @param entry the entry
     */
    public record Appended(long index, LogEntry entry) {
    }

    private WalImages() {
    }

    /**
     * Every entry record in the valid prefix of a log file, superseded ones included: what a recovery that repairs
     * from its peers could still serve.
     *
     * @param wal the bytes of the log file
     * @return the entry records, in log order
     */
    public static Set<Appended> appends(byte[] wal) {
        Set<Appended> appends = new LinkedHashSet<>();
        for (WalRecord record : WalCodec.decode(wal).records()) {
            if (record instanceof WalRecord.Append append) {
                appends.add(new Appended(append.index(), append.entry()));
            }
        }
        return appends;
    }
}
