package org.acme.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The source format, shared by every {@link RecordSource} that reads text: one record per line ending in a
 * line feed, offsets are byte positions. Bytes that are not UTF-8 are decoded with replacement characters
 * and left to the logic to refuse, so a damaged line reaches the quarantine instead of stopping the stage.
 */
public final class SourceLines {

    private SourceLines() {
    }

    /**
     * Splits a window of the source into its complete lines. A last line without its line feed is not
     * returned: a writer may still be appending it, or the window ended inside it.
     *
     * @param offset the source offset of {@code window[0]}
     * @param window bytes read from the source at {@code offset}
     * @param maxRecords the most records to return, {@code >= 1}
     * @return the complete lines, at most {@code maxRecords}
     */
    public static List<SourceRecord> split(long offset, byte[] window, int maxRecords) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be >= 1, got " + maxRecords);
        }
        List<SourceRecord> records = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < window.length && records.size() < maxRecords; i++) {
            if (window[i] == '\n') {
                String text = new String(window, start, i - start, StandardCharsets.UTF_8);
                records.add(new SourceRecord(offset + start, offset + i + 1, text));
                start = i + 1;
            }
        }
        return records;
    }
}
