package org.acme.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The on-disk format of the output and quarantine logs, shared by every implementation of the sinks so that
 * a file written by one can be read by another. A log is a sequence of frames, each
 * {@code [payload length: int][key: long][payload: UTF-8][CRC-32 of key and payload: int]}. A reader keeps
 * the longest prefix of valid frames: a torn last write, a lost write in the middle (bytes never written read
 * as zero) or garbage fails its checksum, and everything from there on is treated as never written and
 * overwritten by the next append.
 */
public final class RecordFrames {

    /** The largest payload a frame may carry; a longer length field is garbage. */
    public static final int MAX_PAYLOAD_BYTES = 1 << 16;

    private static final int HEADER_BYTES = Integer.BYTES + Long.BYTES;
    private static final int TRAILER_BYTES = Integer.BYTES;

    /**
     * One valid frame.
     *
     * @param key the source offset the frame belongs to
     * @param payload the frame's text
     */
    public record Frame(long key, String payload) {
    }

    /**
     * What a reader found in a log.
     *
     * @param frames the valid frames, in log order
     * @param validBytes the length of the valid prefix: where the next frame is to be appended
     * @param endsInsideFrame whether the bytes ended in the middle of a frame whose header looked valid, so
     *                        that reading further could extend the valid prefix
     */
    public record Decoded(List<Frame> frames, int validBytes, boolean endsInsideFrame) {

        /**
         * Copies the frames.
         *
         * @param frames the valid frames
         * @param validBytes the length of the valid prefix
         * @param endsInsideFrame whether the bytes ended inside a frame
         */
        public Decoded {
            frames = List.copyOf(frames);
        }
    }

    private RecordFrames() {
    }

    /**
     * Encodes one frame.
     *
     * @param key the source offset the frame belongs to
     * @param payload the text, at most {@value #MAX_PAYLOAD_BYTES} bytes in UTF-8
     * @return the frame's bytes
     * @throws IllegalArgumentException if the payload is too long, naming the key and the length
     */
    public static byte[] encode(long key, String payload) {
        byte[] text = payload.getBytes(StandardCharsets.UTF_8);
        if (text.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload for key " + key + " is " + text.length + " bytes, more than " + MAX_PAYLOAD_BYTES);
        }
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + text.length + TRAILER_BYTES);
        frame.putInt(text.length).putLong(key).put(text);
        frame.putInt(checksum(frame.array(), Integer.BYTES, Long.BYTES + text.length));
        return frame.array();
    }

    /**
     * Reads the valid prefix of a log.
     *
     * @param log the log's bytes, as far as they were read
     * @return the valid frames and where they end
     */
    public static Decoded decode(byte[] log) {
        List<Frame> frames = new ArrayList<>();
        int position = 0;
        while (log.length - position >= HEADER_BYTES + TRAILER_BYTES) {
            ByteBuffer view = ByteBuffer.wrap(log, position, log.length - position);
            int length = view.getInt();
            if (length < 0 || length > MAX_PAYLOAD_BYTES) {
                break;
            }
            int frameBytes = HEADER_BYTES + length + TRAILER_BYTES;
            if (log.length - position < frameBytes) {
                return new Decoded(frames, position, true);
            }
            long key = view.getLong();
            int stored = ByteBuffer.wrap(log, position + HEADER_BYTES + length, TRAILER_BYTES).getInt();
            if (stored != checksum(log, position + Integer.BYTES, Long.BYTES + length)) {
                break;
            }
            frames.add(new Frame(key, new String(log, position + HEADER_BYTES, length, StandardCharsets.UTF_8)));
            position += frameBytes;
        }
        return new Decoded(frames, position, position < log.length && log.length - position < HEADER_BYTES + TRAILER_BYTES);
    }

    /**
     * The frame of an output: keyed by its offset, the value as payload.
     *
     * @param output the output
     * @return the frame's bytes
     */
    public static byte[] encode(OutputRecord output) {
        return encode(output.offset(), output.value());
    }

    /**
     * The frame of a quarantined record: keyed by its offset, the text and the reason as payload, separated
     * by the one character a source record never contains, a line feed.
     *
     * @param quarantined the quarantined record
     * @return the frame's bytes
     */
    public static byte[] encode(QuarantinedRecord quarantined) {
        return encode(quarantined.offset(), quarantined.text() + "\n" + quarantined.reason());
    }

    /**
     * Reads an output back from its frame.
     *
     * @param frame a frame written by {@link #encode(OutputRecord)}
     * @return the output
     */
    public static OutputRecord output(Frame frame) {
        return new OutputRecord(frame.key(), frame.payload());
    }

    /**
     * Reads a quarantined record back from its frame.
     *
     * @param frame a frame written by {@link #encode(QuarantinedRecord)}
     * @return the quarantined record
     * @throws IllegalArgumentException if the payload has no line feed, naming the key
     */
    public static QuarantinedRecord quarantined(Frame frame) {
        int separator = frame.payload().indexOf('\n');
        if (separator < 0) {
            throw new IllegalArgumentException("frame for key " + frame.key() + " is not a quarantined record: no line feed");
        }
        return new QuarantinedRecord(frame.key(), frame.payload().substring(0, separator), frame.payload().substring(separator + 1));
    }

    private static int checksum(byte[] bytes, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }
}
