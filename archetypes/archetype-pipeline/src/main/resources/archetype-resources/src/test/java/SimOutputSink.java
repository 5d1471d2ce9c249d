package ${package};

/** The output sink on the simulated machine's {@code sink} disk, in the same format as the file sink. */
final class SimOutputSink implements OutputSink {

    private final SimFrameLog log;

    private SimOutputSink(SimFrameLog log) {
        this.log = log;
    }

    /**
     * Opens the sink as a restarted stage would: by reading what the disk holds.
     *
     * @param machine the machine
     * @return the sink
     * @throws StageIoException if reading the disk failed
     */
    static SimOutputSink open(SimMachine machine) throws StageIoException {
        return new SimOutputSink(SimFrameLog.open(machine, machine.sink()));
    }

    @Override
    public void write(OutputRecord output) throws StageIoException {
        log.appendOnce(output.offset(), RecordFrames.encode(output));
    }

    @Override
    public void sync() throws StageIoException {
        log.sync();
    }
}
