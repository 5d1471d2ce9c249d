package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brute force for small list-append histories: is there a serial order of the committed transactions, plus
 * any subset of the indeterminate ones, in which every committed read returns what it did? Failed
 * transactions never happened. Exponential; for a handful of transactions only.
 */
final class SerialOracle {

    private SerialOracle() {
    }

    static boolean serializable(History<Txn, Txn> history) {
        List<Operation<Txn, Txn>> committed = new ArrayList<>();
        List<Operation<Txn, Txn>> unknown = new ArrayList<>();
        for (Operation<Txn, Txn> op : history.operations()) {
            if (op.outcome() == OpOutcome.OK) {
                committed.add(op);
            } else if (op.outcome() == OpOutcome.INFO) {
                unknown.add(op);
            }
        }
        for (int subset = 0; subset < 1 << unknown.size(); subset++) {
            List<Txn> txns = new ArrayList<>();
            List<Boolean> checked = new ArrayList<>();
            committed.forEach(op -> {
                txns.add(op.output());
                checked.add(true);
            });
            for (int i = 0; i < unknown.size(); i++) {
                if ((subset >> i & 1) == 1) {
                    txns.add(unknown.get(i).input());
                    checked.add(false);
                }
            }
            if (someOrder(txns, checked, new boolean[txns.size()], new LinkedHashMap<>())) {
                return true;
            }
        }
        return false;
    }

    private static boolean someOrder(List<Txn> txns, List<Boolean> checked, boolean[] used, Map<String, List<Long>> store) {
        boolean all = true;
        for (int i = 0; i < txns.size(); i++) {
            if (used[i]) {
                continue;
            }
            all = false;
            Map<String, List<Long>> next = apply(store, txns.get(i), checked.get(i));
            if (next != null) {
                used[i] = true;
                boolean found = someOrder(txns, checked, used, next);
                used[i] = false;
                if (found) {
                    return true;
                }
            }
        }
        return all;
    }

    /** The store after a transaction, or null when one of its checked reads disagrees. */
    private static Map<String, List<Long>> apply(Map<String, List<Long>> store, Txn txn, boolean checked) {
        Map<String, List<Long>> next = new LinkedHashMap<>();
        store.forEach((key, list) -> next.put(key, new ArrayList<>(list)));
        for (MicroOp op : txn.ops()) {
            List<Long> list = next.computeIfAbsent(op.key(), key -> new ArrayList<>());
            if (op instanceof MicroOp.Append append) {
                list.add(append.value());
            } else if (checked && !((MicroOp.Read) op).values().equals(list)) {
                return null;
            }
        }
        return next;
    }
}
