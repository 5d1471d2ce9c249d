package ${package};

/** The quarantine on the simulated machine's {@code quarantine} disk, in the same format as the file one. */
final class SimQuarantineSink implements QuarantineSink {

    private final SimFrameLog log;

    private SimQuarantineSink(SimFrameLog log) {
        this.log = log;
    }

    /**
     * Opens the quarantine as a restarted stage would: by reading what the disk holds.
     *
     * @param machine the machine
     * @return the quarantine
     * @throws StageIoException if reading the disk failed
     */
    static SimQuarantineSink open(SimMachine machine) throws StageIoException {
        return new SimQuarantineSink(SimFrameLog.open(machine, machine.quarantine()));
    }

    @Override
    public void quarantine(QuarantinedRecord record) throws StageIoException {
        log.appendOnce(record.offset(), RecordFrames.encode(record));
    }

    @Override
    public void sync() throws StageIoException {
        log.sync();
    }
}
