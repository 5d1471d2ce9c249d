package org.acme.pipeline;

import dev.simscaffold.core.random.SimRandom;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A drawn input for one run, with what a correct stage must make of it. The expected outputs are computed
 * here, independently of {@code OrderTotalsLogic}, so a planted bug in the logic cannot move the oracle
 * along with it.
 *
 * @param bytes the source file's contents
 * @param expectedOutputs the output each valid record must produce, by offset
 * @param corrupt the offsets of the records that must end in quarantine
 */
record SourceFile(byte[] bytes, NavigableMap<Long, String> expectedOutputs, NavigableSet<Long> corrupt) {

    /** The ways a drawn line is damaged, each one a case of {@code OrderTotalsLogic.rejection}. */
    private static final String[] DAMAGE = {"missing field", "not a number", "zero quantity", "bad id", "not UTF-8", "empty"};

    /**
     * Keeps read-only views of the expectations.
     *
     * @param bytes the contents
     * @param expectedOutputs the expected outputs
     * @param corrupt the corrupt offsets
     */
    SourceFile {
        expectedOutputs = Collections.unmodifiableNavigableMap(expectedOutputs);
        corrupt = Collections.unmodifiableNavigableSet(corrupt);
    }

    /**
     * Draws order lines: ids {@code order-<n>}, quantities 1-20, unit prices 0-5000 cents (zero one time in
     * ten), and with probability {@code corruptRate} a line damaged in one of six ways.
     *
     * @param random the workload's stream
     * @param records how many lines
     * @param corruptRate the probability that a line is damaged
     * @return the file and its expectations
     */
    static SourceFile draw(SimRandom random, int records, double corruptRate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NavigableMap<Long, String> expected = new TreeMap<>();
        NavigableSet<Long> corrupt = new TreeSet<>();
        for (int i = 0; i < records; i++) {
            long offset = bytes.size();
            String id = "order-" + i;
            long quantity = random.between(1, 20);
            long unitCents = random.chance(0.1) ? 0 : random.between(1, 5000);
            if (random.chance(corruptRate)) {
                bytes.writeBytes(damaged(random.pick(List.of(DAMAGE)), id, quantity, unitCents));
                corrupt.add(offset);
            } else {
                bytes.writeBytes((id + "," + quantity + "," + unitCents).getBytes(StandardCharsets.UTF_8));
                expected.put(offset, id + "," + quantity * unitCents);
            }
            bytes.write('\n');
        }
        return new SourceFile(bytes.toByteArray(), expected, corrupt);
    }

    private static byte[] damaged(String damage, String id, long quantity, long unitCents) {
        String line = switch (damage) {
            case "missing field" -> id + "," + quantity;
            case "not a number" -> id + ",x" + quantity + "," + unitCents;
            case "zero quantity" -> id + ",0," + unitCents;
            case "bad id" -> id + " #" + "," + quantity + "," + unitCents;
            case "empty" -> "";
            default -> null;
        };
        if (line != null) {
            return line.getBytes(StandardCharsets.UTF_8);
        }
        byte[] invalid = (id + "," + quantity + "," + unitCents).getBytes(StandardCharsets.UTF_8);
        invalid[1] = (byte) 0xFF;
        return invalid;
    }

    /**
     * Every offset of the file, valid or corrupt.
     *
     * @return the offsets, in order
     */
    NavigableSet<Long> offsets() {
        NavigableSet<Long> all = new TreeSet<>(expectedOutputs.keySet());
        all.addAll(corrupt);
        return all;
    }
}
