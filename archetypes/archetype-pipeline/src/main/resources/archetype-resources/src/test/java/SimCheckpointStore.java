package ${package};

import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.SimDisk;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The checkpoint store on the simulated machine's {@code checkpoints} disk. A simulated disk is one device
 * with no directory, so it cannot rename a file over another the way the file store does; two slots give the
 * same guarantee: checkpoint {@code n} is written into slot {@code n % 2} and fsynced, so a torn write only
 * ever damages the slot being written, and {@link #load()} returns the valid slot with the higher number.
 * Finding a damaged slot beside a good one is counted: a torn checkpoint was recovered from.
 */
final class SimCheckpointStore implements CheckpointStore {

    private static final int SLOT_BYTES = 32;

    private final SimMachine machine;
    private final SimDisk disk;
    private final Consumer<Checkpoint> beforeCommit;

    /**
     * Opens the store.
     *
     * @param machine the machine
     * @param beforeCommit sees every checkpoint just before its write is submitted: the moment from which a
     *                     power loss may make it durable
     */
    SimCheckpointStore(SimMachine machine, Consumer<Checkpoint> beforeCommit) {
        this.machine = machine;
        this.disk = machine.checkpoints();
        this.beforeCommit = beforeCommit;
    }

    @Override
    public Optional<Checkpoint> load() throws StageIoException {
        Completion.Read read = (Completion.Read) machine.perform(disk, "read of both slots", now -> disk.read(now, 0, 2 * SLOT_BYTES));
        Optional<Checkpoint> best = Optional.empty();
        boolean damaged = false;
        for (int slot = 0; slot < 2; slot++) {
            byte[] bytes = Arrays.copyOfRange(read.data(), slot * SLOT_BYTES, (slot + 1) * SLOT_BYTES);
            Optional<Checkpoint> found = Checkpoint.decode(bytes);
            damaged |= found.isEmpty() && !Arrays.equals(bytes, new byte[SLOT_BYTES]);
            if (found.isPresent() && (best.isEmpty() || found.get().number() > best.get().number())) {
                best = found;
            }
        }
        if (damaged && best.isPresent()) {
            machine.count("torn checkpoint recovered");
        }
        return best;
    }

    @Override
    public void commit(Checkpoint checkpoint) throws StageIoException {
        beforeCommit.accept(checkpoint);
        long slot = checkpoint.number() % 2 * SLOT_BYTES;
        machine.perform(disk, "write of checkpoint " + checkpoint.number(), now -> disk.write(now, slot, checkpoint.encode()));
        machine.perform(disk, "fsync of checkpoint " + checkpoint.number(), disk::fsync);
        machine.checkpointed();
        machine.count("checkpoint committed");
    }
}
