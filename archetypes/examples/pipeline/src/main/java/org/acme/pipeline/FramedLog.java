package org.acme.pipeline;

/**
 * A sink kept as a log of {@link RecordFrames}: the one shape of both the output sink and the quarantine,
 * on a real file system or a simulated one. An implementation appends a frame unless it holds the
 * frame's key; the encoding of outputs and quarantined records is written once, here.
 */
public interface FramedLog extends OutputSink, QuarantineSink {

    /**
     * Appends a frame unless the log already holds its key.
     *
     * @param key the source offset the frame belongs to
     * @param frame the encoded frame
     * @throws StageIoException if the write failed
     */
    void appendOnce(long key, byte[] frame) throws StageIoException;

    @Override
    default void write(OutputRecord output) throws StageIoException {
        appendOnce(output.offset(), RecordFrames.encode(output));
    }

    @Override
    default void quarantine(QuarantinedRecord record) throws StageIoException {
        appendOnce(record.offset(), RecordFrames.encode(record));
    }
}
