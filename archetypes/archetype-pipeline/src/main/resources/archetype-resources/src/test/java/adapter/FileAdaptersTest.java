package ${package}.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ${package}.Checkpoint;
import ${package}.CheckpointPolicy;
import ${package}.OutputRecord;
import ${package}.QuarantinedRecord;
import ${package}.RecordFrames;
import ${package}.SourceRecord;
import ${package}.StageIoException;
import ${package}.${moduleName}Logic;
import ${package}.${moduleName}Stage;
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
 * The real adapters on a real temporary directory: what the simulation assumes of the simulated ones holds
 * for the files too (idempotent appends, a torn tail cut off, atomic checkpoints), and the stage runs end
 * to end on them, including a restart.
 */
class FileAdaptersTest {

    @TempDir
    Path directory;

    @Test
    void theSourceReadsCompleteLinesFromAByteOffset() throws Exception {
        Path file = directory.resolve("orders.txt");
        Files.writeString(file, "order-1,2,3\norder-2,1,1\norder-3,1", StandardCharsets.UTF_8);
        FileRecordSource source = new FileRecordSource(file);

        assertThat(source.read(0, 10)).containsExactly(new SourceRecord(0, 12, "order-1,2,3"), new SourceRecord(12, 24, "order-2,1,1"));
        assertThat(source.read(12, 10)).hasSize(1);
        assertThat(source.read(24, 10)).as("an unfinished last line waits").isEmpty();
        assertThat(new FileRecordSource(directory.resolve("missing.txt")).read(0, 10)).isEmpty();
    }

    @Test
    void theSinkDropsRepeatsAndKeepsWhatItHeldAcrossAReopen() throws Exception {
        Path file = directory.resolve("outputs.log");
        try (FramedFileSink sink = FramedFileSink.open(file)) {
            sink.write(new OutputRecord(0, "order-1,6"));
            sink.write(new OutputRecord(0, "order-1,6"));
            sink.sync();
        }
        try (FramedFileSink reopened = FramedFileSink.open(file)) {
            reopened.write(new OutputRecord(0, "order-1,6"));
            reopened.write(new OutputRecord(12, "order-2,1"));
            reopened.sync();
        }

        assertThat(RecordFrames.decode(Files.readAllBytes(file)).frames())
                .containsExactly(new RecordFrames.Frame(0, "order-1,6"), new RecordFrames.Frame(12, "order-2,1"));
    }

    @Test
    void reopeningCutsOffATornTailSoTheNextAppendIsReadable() throws Exception {
        Path file = directory.resolve("quarantine.log");
        try (FramedFileSink quarantine = FramedFileSink.open(file)) {
            quarantine.quarantine(new QuarantinedRecord(0, "x", "expected 3 fields id,quantity,unitCents, got 1"));
            quarantine.sync();
        }
        byte[] torn = RecordFrames.encode(new QuarantinedRecord(2, "y", "expected 3 fields id,quantity,unitCents, got 1"));
        Files.write(file, Arrays.copyOf(torn, 9), StandardOpenOption.APPEND);

        try (FramedFileSink quarantine = FramedFileSink.open(file)) {
            quarantine.quarantine(new QuarantinedRecord(4, "z", "expected 3 fields id,quantity,unitCents, got 1"));
            quarantine.sync();
        }

        assertThat(RecordFrames.decode(Files.readAllBytes(file)).frames()).extracting(RecordFrames.Frame::key).containsExactly(0L, 4L);
    }

    @Test
    void theCheckpointIsReplacedAtomicallyAndADamagedOneIsRefused() throws Exception {
        Path file = directory.resolve("checkpoint");
        FileCheckpointStore store = new FileCheckpointStore(file);

        assertThat(store.load()).isEmpty();
        store.commit(new Checkpoint(1, 40, LogicalTime.of(3)));
        store.commit(new Checkpoint(2, 80, LogicalTime.of(9)));

        assertThat(new FileCheckpointStore(file).load()).contains(new Checkpoint(2, 80, LogicalTime.of(9)));
        assertThat(directory.resolve("checkpoint.tmp")).doesNotExist();

        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(store::load).isInstanceOf(StageIoException.class)
                .hasMessageContaining("checkpoint file " + file.toAbsolutePath() + " is damaged (3 bytes");
    }

    @Test
    void theStageRunsOnFilesAndAReplayFromAnOlderCheckpointDuplicatesNothing() throws Exception {
        Path input = directory.resolve("orders.txt");
        Files.writeString(input, "order-1,2,3\nbroken\norder-2,5,10\norder-3,1,7\n", StandardCharsets.UTF_8);
        ${moduleName}Logic logic = new ${moduleName}Logic(new CheckpointPolicy(2, 1_000));

        runUntilDrained(logic, input);
        new FileCheckpointStore(directory.resolve("checkpoint")).commit(new Checkpoint(9, 0, LogicalTime.ZERO));
        Files.writeString(input, "order-4,3,3\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        runUntilDrained(logic, input);

        assertThat(RecordFrames.decode(Files.readAllBytes(directory.resolve("outputs.log"))).frames())
                .extracting(RecordFrames::output).extracting(OutputRecord::value)
                .containsExactly("order-1,6", "order-2,50", "order-3,7", "order-4,9");
        assertThat(RecordFrames.decode(Files.readAllBytes(directory.resolve("quarantine.log"))).frames())
                .extracting(RecordFrames::quarantined).extracting(QuarantinedRecord::text).containsExactly("broken");
        Optional<Checkpoint> last = new FileCheckpointStore(directory.resolve("checkpoint")).load();
        assertThat(last).map(Checkpoint::nextOffset).contains(Files.size(input));
    }

    /** Runs a fresh stage until the source is drained; the restart replays everything after the checkpoint. */
    private void runUntilDrained(${moduleName}Logic logic, Path input) throws StageIoException {
        try (FramedFileSink sink = FramedFileSink.open(directory.resolve("outputs.log"));
                FramedFileSink quarantine = FramedFileSink.open(directory.resolve("quarantine.log"))) {
            ${moduleName}Stage stage = ${moduleName}Stage.recover(logic, new FileRecordSource(input), sink, quarantine,
                    new FileCheckpointStore(directory.resolve("checkpoint")), 2);
            long ticks = 0;
            while (stage.step(LogicalTime.of(ticks))) {
                ticks++;
            }
        }
    }
}
