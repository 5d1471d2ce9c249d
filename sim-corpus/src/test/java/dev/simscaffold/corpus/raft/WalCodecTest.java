package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.NodeId;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recovery reads back exactly the valid, chained prefix of the write-ahead log, whatever a crash left after it. */
class WalCodecTest {

    private static final WalRecord VOTE = new WalRecord.TermVote(3, 1);
    private static final WalRecord FIRST = append(1, 3, KvOp.write("x", 7));
    private static final WalRecord SECOND = append(2, 3, KvOp.cas("y", 0, 4));
    private static final WalRecord THIRD = append(3, 3, KvOp.read("x"));

    @Test
    void everyRecordRoundTrips() {
        byte[] file = file(VOTE, FIRST, SECOND, THIRD);

        WalCodec.Decoded decoded = WalCodec.decode(file);

        assertThat(decoded.records()).containsExactly(VOTE, FIRST, SECOND, THIRD);
        assertThat(decoded.end()).isEqualTo(file.length);
    }

    @Test
    void aTornLastRecordEndsTheLogBeforeIt() {
        byte[] whole = file(VOTE, FIRST, SECOND);
        int secondStart = file(VOTE, FIRST).length;

        WalCodec.Decoded decoded = WalCodec.decode(Arrays.copyOf(whole, whole.length - 3));

        assertThat(decoded.records()).containsExactly(VOTE, FIRST);
        assertThat(decoded.end()).isEqualTo(secondStart);
    }

    @Test
    void aLostRecordHidesTheRecordsThatSurvivedAfterIt() {
        byte[] file = file(VOTE, FIRST, SECOND);
        int firstStart = file(VOTE).length;
        Arrays.fill(file, firstStart, file(VOTE, FIRST).length, (byte) 0);

        assertThat(WalCodec.decode(file).records()).containsExactly(VOTE);
    }

    @Test
    void aStaleRecordBeyondTheEndIsNotReplayedOnceNewRecordsReachIt() {
        byte[] old = file(VOTE, FIRST, SECOND);
        byte[] rewritten = file(VOTE, append(1, 4, KvOp.write("x", 9)));
        int oldSecondStart = file(VOTE, FIRST).length;
        assertThat(rewritten.length).as("the new record ends exactly where the stale one starts").isEqualTo(oldSecondStart);
        byte[] disk = old.clone();
        System.arraycopy(rewritten, 0, disk, 0, rewritten.length);

        assertThat(WalCodec.decode(disk).records()).containsExactly(VOTE, append(1, 4, KvOp.write("x", 9)));
    }

    private static WalRecord append(long index, long term, KvOp op) {
        return new WalRecord.Append(index, new LogEntry(term, new Command("client-3", 42, index, NodeId.of(3), op)));
    }

    private static byte[] file(WalRecord... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long checksum = 0;
        for (WalRecord record : List.of(records)) {
            byte[] bytes = WalCodec.encode(record, checksum);
            out.writeBytes(bytes);
            checksum = WalCodec.checksumOf(bytes);
        }
        return out.toByteArray();
    }
}
