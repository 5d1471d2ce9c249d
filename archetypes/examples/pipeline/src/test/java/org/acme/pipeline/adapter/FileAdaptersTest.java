package org.acme.pipeline.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.pipeline.Checkpoint;
import org.acme.pipeline.CheckpointPolicy;
import org.acme.pipeline.OutputRecord;
import org.acme.pipeline.QuarantinedRecord;
import org.acme.pipeline.RecordFrames;
import org.acme.pipeline.SourceRecord;
import org.acme.pipeline.StageIoException;
import org.acme.pipeline.OrderTotalsLogic;
import org.acme.pipeline.OrderTotalsStage;
import dev.simscaffold.core.storage.FileSystem;
import dev.simscaffold.core.storage.nio.NioFileSystem;
import dev.simscaffold.core.time.LogicalTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapters on a real temporary directory, through sim-core's {@code NioFileSystem}: the same classes the
 * simulation runs on a simulated one behave on real files as it assumes (idempotent appends, a torn tail cut
 * off, atomic checkpoints), and the stage runs end to end on them, including a restart.
 */
class FileAdaptersTest {

    @TempDir
    Path directory;

    private FileSystem files() {
        return NioFileSystem.at(directory);
    }

    @Test
    void theSourceReadsCompleteLinesFromAByteOffset() throws Exception {
        Path file = directory.resolve("orders.txt");
        Files.writeString(file, "order-1,2,3\norder-2,1,1\norder-3,1", StandardCharsets.UTF_8);
        FileRecordSource source = new FileRecordSource(files(), "orders.txt");

        assertThat(source.read(0, 10)).containsExactly(new SourceRecord(0, 12, "order-1,2,3"), new SourceRecord(12, 24, "order-2,1,1"));
        assertThat(source.read(12, 10)).hasSize(1);
        assertThat(source.read(24, 10)).as("an unfinished last line waits").isEmpty();
        assertThat(new FileRecordSource(files(), "missing.txt").read(0, 10)).isEmpty();
    }

    @Test
    void theSinkDropsRepeatsAndKeepsWhatItHeldAcrossAReopen() throws Exception {
        Path file = directory.resolve("outputs.log");
        FramedFileSink sink = FramedFileSink.open(files(), "outputs.log");
        sink.write(new OutputRecord(0, "order-1,6"));
        sink.write(new OutputRecord(0, "order-1,6"));
        sink.sync();

        FramedFileSink reopened = FramedFileSink.open(files(), "outputs.log");
        reopened.write(new OutputRecord(0, "order-1,6"));
        reopened.write(new OutputRecord(12, "order-2,1"));
        reopened.sync();

        assertThat(RecordFrames.decode(Files.readAllBytes(file)).frames())
                .containsExactly(new RecordFrames.Frame(0, "order-1,6"), new RecordFrames.Frame(12, "order-2,1"));
    }

    @Test
    void reopeningCutsOffATornTailSoTheNextAppendIsReadable() throws Exception {
        Path file = directory.resolve("quarantine.log");
        FramedFileSink quarantine = FramedFileSink.open(files(), "quarantine.log");
        quarantine.quarantine(new QuarantinedRecord(0, "x", "expected 3 fields id,quantity,unitCents, got 1"));
        quarantine.sync();
        byte[] torn = RecordFrames.encode(new QuarantinedRecord(2, "y", "expected 3 fields id,quantity,unitCents, got 1"));
        Files.write(file, Arrays.copyOf(torn, 9), StandardOpenOption.APPEND);

        FramedFileSink reopened = FramedFileSink.open(files(), "quarantine.log");
        reopened.quarantine(new QuarantinedRecord(4, "z", "expected 3 fields id,quantity,unitCents, got 1"));
        reopened.sync();

        assertThat(RecordFrames.decode(Files.readAllBytes(file)).frames()).extracting(RecordFrames.Frame::key).containsExactly(0L, 4L);
    }

    @Test
    void theCheckpointIsReplacedAtomicallyAndADamagedOneIsRefused() throws Exception {
        Path file = directory.resolve("checkpoint");
        FileCheckpointStore store = new FileCheckpointStore(files(), "checkpoint");

        assertThat(store.load()).isEmpty();
        store.commit(new Checkpoint(1, 40, LogicalTime.of(3)));
        store.commit(new Checkpoint(2, 80, LogicalTime.of(9)));

        assertThat(new FileCheckpointStore(files(), "checkpoint").load()).contains(new Checkpoint(2, 80, LogicalTime.of(9)));
        assertThat(directory.resolve("checkpoint.tmp")).doesNotExist();

        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(store::load).isInstanceOf(StageIoException.class)
                .hasMessageContaining("checkpoint file checkpoint is damaged (3 bytes");
    }

    @Test
    void theStageRunsOnFilesAndAReplayFromAnOlderCheckpointDuplicatesNothing() throws Exception {
        Path input = directory.resolve("orders.txt");
        Files.writeString(input, "order-1,2,3\nbroken\norder-2,5,10\norder-3,1,7\n", StandardCharsets.UTF_8);
        OrderTotalsLogic logic = new OrderTotalsLogic(new CheckpointPolicy(2, 1_000));

        runUntilDrained(logic, input);
        new FileCheckpointStore(files(), "checkpoint").commit(new Checkpoint(9, 0, LogicalTime.ZERO));
        Files.writeString(input, "order-4,3,3\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        runUntilDrained(logic, input);

        assertThat(RecordFrames.decode(Files.readAllBytes(directory.resolve("outputs.log"))).frames())
                .extracting(RecordFrames::output).extracting(OutputRecord::value)
                .containsExactly("order-1,6", "order-2,50", "order-3,7", "order-4,9");
        assertThat(RecordFrames.decode(Files.readAllBytes(directory.resolve("quarantine.log"))).frames())
                .extracting(RecordFrames::quarantined).extracting(QuarantinedRecord::text).containsExactly("broken");
        Optional<Checkpoint> last = new FileCheckpointStore(files(), "checkpoint").load();
        assertThat(last).map(Checkpoint::nextOffset).contains(Files.size(input));
    }

    /** Runs a fresh stage until the source is drained; the restart replays everything after the checkpoint. */
    private void runUntilDrained(OrderTotalsLogic logic, Path input) throws StageIoException {
        FileSystem files = files();
        OrderTotalsStage stage = OrderTotalsStage.recover(logic, new FileRecordSource(files, input.getFileName().toString()),
                FramedFileSink.open(files, "outputs.log"), FramedFileSink.open(files, "quarantine.log"),
                new FileCheckpointStore(files, "checkpoint"), 2);
        long ticks = 0;
        while (stage.step(LogicalTime.of(ticks))) {
            ticks++;
        }
    }
}
