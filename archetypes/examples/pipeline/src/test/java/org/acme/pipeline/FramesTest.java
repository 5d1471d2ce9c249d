package org.acme.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formats the adapters share: framed logs that a reader cuts at the first damage, and source lines. */
class FramesTest {

    @Test
    void aLogReadsBackFrameByFrame() {
        byte[] log = log(RecordFrames.encode(new OutputRecord(0, "order-1,750")),
                RecordFrames.encode(new QuarantinedRecord(14, "order-2,x,1", "quantity must be a number")));

        RecordFrames.Decoded decoded = RecordFrames.decode(log);

        assertThat(decoded.validBytes()).isEqualTo(log.length);
        assertThat(RecordFrames.output(decoded.frames().get(0))).isEqualTo(new OutputRecord(0, "order-1,750"));
        assertThat(RecordFrames.quarantined(decoded.frames().get(1)))
                .isEqualTo(new QuarantinedRecord(14, "order-2,x,1", "quantity must be a number"));
    }

    @Test
    void aTornLastFrameAndAHoleEndTheValidPrefix() {
        byte[] first = RecordFrames.encode(new OutputRecord(0, "a,1"));
        byte[] second = RecordFrames.encode(new OutputRecord(4, "b,2"));
        byte[] torn = log(first, Arrays.copyOf(second, second.length - 3));
        byte[] hole = log(first, new byte[second.length], second);

        assertThat(RecordFrames.decode(torn).frames()).hasSize(1);
        assertThat(RecordFrames.decode(torn).validBytes()).isEqualTo(first.length);
        assertThat(RecordFrames.decode(torn).endsInsideFrame()).as("more bytes could complete it").isTrue();
        assertThat(RecordFrames.decode(hole).frames()).hasSize(1);
        assertThat(RecordFrames.decode(hole).endsInsideFrame()).isFalse();
    }

    @Test
    void aFlippedBitFailsTheChecksum() {
        byte[] frame = RecordFrames.encode(new OutputRecord(0, "order-1,750"));
        frame[14] ^= 4;

        assertThat(RecordFrames.decode(frame).frames()).isEmpty();
    }

    @Test
    void sourceLinesCarryByteOffsetsAndLeaveAnUnfinishedLastLine() {
        byte[] window = "order-1,1,1\n\nor\u00e9,1,1\norder-4".getBytes(StandardCharsets.UTF_8);

        List<SourceRecord> lines = SourceLines.split(100, window, 10);

        assertThat(lines).containsExactly(new SourceRecord(100, 112, "order-1,1,1"), new SourceRecord(112, 113, ""),
                new SourceRecord(113, 122, "or\u00e9,1,1"));
        assertThat(SourceLines.split(100, window, 1)).hasSize(1);
    }

    private static byte[] log(byte[]... frames) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        for (byte[] frame : frames) {
            log.writeBytes(frame);
        }
        return log.toByteArray();
    }
}
