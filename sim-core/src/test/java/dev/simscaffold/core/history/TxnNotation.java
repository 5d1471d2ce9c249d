package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The compact notation Elle's list-append tests write transactions in, so the cases re-expressed from them
 * read the same: {@code ax1} appends 1 to x, {@code ry12} reads y = [1 2], {@code rx} reads x empty; keys
 * are the letters x, y, z, t, u and values single digits. Each transaction of a history gets its own
 * process, invoked and completed in turn (the checker does not use real time).
 */
final class TxnNotation {

    private TxnNotation() {
    }

    /** A transaction as it completed, and how. */
    record Entry(OpOutcome outcome, Txn txn) {
    }

    static Entry ok(String notation) {
        return new Entry(OpOutcome.OK, txn(notation));
    }

    static Entry fail(String notation) {
        return new Entry(OpOutcome.FAIL, txn(notation).invocation());
    }

    static Entry info(String notation) {
        return new Entry(OpOutcome.INFO, txn(notation).invocation());
    }

    static Txn txn(String notation) {
        List<MicroOp> ops = new ArrayList<>();
        int at = 0;
        while (at < notation.length()) {
            char f = notation.charAt(at);
            String key = String.valueOf(notation.charAt(at + 1));
            at += 2;
            List<Long> values = new ArrayList<>();
            while (at < notation.length() && Character.isDigit(notation.charAt(at))) {
                values.add((long) (notation.charAt(at++) - '0'));
            }
            if (f == 'a') {
                ops.add(new MicroOp.Append(key, values.get(0)));
            } else if (f == 'r') {
                ops.add(new MicroOp.Read(key, values));
            } else {
                throw new IllegalArgumentException("not a step: " + f + " in " + notation);
            }
        }
        return new Txn(ops);
    }

    static History<Txn, Txn> history(Entry... entries) {
        HistoryBuilder<Txn, Txn> builder = History.builder();
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            String process = "p" + i;
            builder.invoke(process, entry.txn().invocation());
            switch (entry.outcome()) {
                case OK -> builder.ok(process, entry.txn());
                case FAIL -> builder.fail(process);
                default -> builder.info(process);
            }
        }
        return builder.build();
    }

    static History<Txn, Txn> history(String... committed) {
        return history(java.util.Arrays.stream(committed).map(TxnNotation::ok).toArray(Entry[]::new));
    }
}
