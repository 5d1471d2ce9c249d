package dev.simscaffold.core.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a choice sequence's values as a short, shell-safe text (URL-safe Base64 of variable-length
 * integers) and reads it back, so a report can print a command that replays one exact test case, as
 * Hypothesis' {@code @reproduce_failure} does. Only values travel: replay brings each into the range of
 * the draw that reads it.
 */
final class ChoiceCodec {

    private static final int VERSION = 1;

    private ChoiceCodec() {
    }

    static String encode(ChoiceSequence sequence) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeVarint(bytes, VERSION);
        writeVarint(bytes, sequence.streams().size());
        for (Map.Entry<ForkPath, List<Choice>> stream : sequence.streams().entrySet()) {
            List<String> purposes = stream.getKey().purposes();
            writeVarint(bytes, purposes.size());
            for (String purpose : purposes) {
                byte[] utf8 = purpose.getBytes(StandardCharsets.UTF_8);
                writeVarint(bytes, utf8.length);
                bytes.write(utf8, 0, utf8.length);
            }
            writeVarint(bytes, stream.getValue().size());
            for (Choice choice : stream.getValue()) {
                writeVarint(bytes, choice.value());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    static SortedMap<ForkPath, List<Long>> decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            throw invalid(text, "not URL-safe Base64");
        }
        int[] at = {0};
        if (readVarint(bytes, at, text) != VERSION) {
            throw invalid(text, "written by another version");
        }
        TreeMap<ForkPath, List<Long>> values = new TreeMap<>();
        long streams = readVarint(bytes, at, text);
        for (long s = 0; s < streams; s++) {
            long depth = readVarint(bytes, at, text);
            List<String> purposes = new ArrayList<>();
            for (long p = 0; p < depth; p++) {
                int length = (int) readVarint(bytes, at, text);
                if (length <= 0 || at[0] + length > bytes.length) {
                    throw invalid(text, "truncated");
                }
                purposes.add(new String(bytes, at[0], length, StandardCharsets.UTF_8));
                at[0] += length;
            }
            long count = readVarint(bytes, at, text);
            List<Long> stream = new ArrayList<>();
            for (long v = 0; v < count; v++) {
                stream.add(readVarint(bytes, at, text));
            }
            values.put(new ForkPath(purposes), stream);
        }
        if (at[0] != bytes.length) {
            throw invalid(text, "has trailing bytes");
        }
        return values;
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long readVarint(byte[] bytes, int[] at, String text) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= bytes.length) {
                throw invalid(text, "truncated");
            }
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw invalid(text, "has a number longer than 64 bits");
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("not a recorded choice sequence (" + why + "): \"" + text + "\"");
    }
}
