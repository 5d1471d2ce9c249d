package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of {@link ListAppendChecker}: reads the transactions, checks each on its own (internal
 * consistency, duplicates, aborted and intermediate reads, garbage), infers every key's version order,
 * builds the dependency graph and hands its cycles to {@link CycleSearch}.
 */
final class ListAppendAnalysis {
    /** How many anomalies of one type a result lists; the rest are counted. */
    static final int LISTED = 32;

    /**
     * What a committed transaction saw of a key before it touched the key itself: its first read, or, when
     * it first appended and then read, that read without its own appends ({@code derived}).
     */
    record ExternalRead(int txn, KeyVersions key, List<Long> values, boolean derived) {
    }

    private final List<Operation<Txn, Txn>> ops;
    private final Txn[] txns;
    private final Map<String, KeyVersions> keys = new LinkedHashMap<>();
    private final List<KeyVersions> keyList = new ArrayList<>();
    private final List<ExternalRead> reads = new ArrayList<>();
    private final Map<TxnAnomalyType, List<TxnAnomaly>> anomalies = new EnumMap<>(TxnAnomalyType.class);
    private final Map<TxnAnomalyType, Integer> unlisted = new EnumMap<>(TxnAnomalyType.class);
    private final long cycleSteps;

    ListAppendAnalysis(History<Txn, Txn> history, long cycleSteps) {
        this.ops = history.operations();
        this.txns = new Txn[ops.size()];
        this.cycleSteps = cycleSteps;
    }

    ListAppendResult run() {
        for (int i = 0; i < ops.size(); i++) {
            Operation<Txn, Txn> op = ops.get(i);
            txns[i] = op.outcome() == OpOutcome.OK ? op.output() : op.input();
            if (txns[i] == null) {
                throw new IllegalArgumentException("transaction " + op.describe() + " carries no " + (op.outcome() == OpOutcome.OK
                        ? "output: a completed list-append transaction returns its steps with the lists read" : "input"));
            }
            appends(i);
        }
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).outcome() == OpOutcome.OK) {
                reads(i);
            }
        }
        DependencyGraph graph = edges();
        graph.build();
        CycleSearch search = new CycleSearch(graph, cycleSteps);
        for (CycleSearch.Cycle cycle : search.run()) {
            report(cycle.type(), cycleTxns(graph, cycle.edges()), CycleSentences.of(graph, cycle.edges(), this));
        }
        List<TxnAnomaly> all = new ArrayList<>();
        anomalies.values().forEach(all::addAll);
        List<String> incomplete = new ArrayList<>(search.incomplete());
        unlisted.forEach((type, count) -> incomplete.add(count + " more " + type + " anomalies found but not listed"));
        return new ListAppendResult(ops.size(), all, incomplete);
    }

    Txn txn(int index) {
        return txns[index];
    }

    Operation<Txn, Txn> op(int index) {
        return ops.get(index);
    }

    KeyVersions key(int id) {
        return keyList.get(id);
    }

    private KeyVersions key(String key) {
        KeyVersions versions = keys.get(key);
        if (versions == null) {
            versions = new KeyVersions(keyList.size(), key);
            keys.put(key, versions);
            keyList.add(versions);
        }
        return versions;
    }

    private void appends(int i) {
        List<MicroOp> steps = txns[i].ops();
        boolean failed = ops.get(i).outcome() == OpOutcome.FAIL;
        for (int j = 0; j < steps.size(); j++) {
            if (steps.get(j) instanceof MicroOp.Append append) {
                KeyVersions versions = key(append.key());
                if (failed) {
                    versions.failedAppend(append.value(), i);
                    continue;
                }
                Integer before = versions.writers.put(append.value(), i);
                if (before != null) {
                    throw new IllegalArgumentException("value " + append.value() + " is appended to key " + append.key() + " twice (by "
                            + ops.get(before).describe() + " and " + ops.get(i).describe() + "): list-append needs unique appends");
                }
                if (laterAppend(steps, j, append.key())) {
                    versions.intermediateAppend(append.value());
                }
            }
        }
    }

    private static boolean laterAppend(List<MicroOp> steps, int j, String key) {
        for (int k = j + 1; k < steps.size(); k++) {
            if (steps.get(k) instanceof MicroOp.Append later && later.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void reads(int i) {
        List<MicroOp> steps = txns[i].ops();
        for (int j = 0; j < steps.size(); j++) {
            if (!(steps.get(j) instanceof MicroOp.Read read) || read.values() == null) {
                continue;
            }
            List<Long> known = null;
            List<Long> appended = new ArrayList<>();
            boolean touched = false;
            for (int k = 0; k < j; k++) {
                MicroOp earlier = steps.get(k);
                if (!earlier.key().equals(read.key())) {
                    continue;
                }
                touched = true;
                if (earlier instanceof MicroOp.Read before && before.values() != null) {
                    known = before.values();
                    appended.clear();
                } else if (earlier instanceof MicroOp.Append append) {
                    appended.add(append.value());
                }
            }
            KeyVersions versions = key(read.key());
            if (!touched) {
                external(i, versions, read.values(), false);
                offer(i, versions, read.values());
            } else if (internal(i, read, known, appended)) {
                if (known == null) {
                    external(i, versions, read.values().subList(0, read.values().size() - appended.size()), true);
                }
                offer(i, versions, read.values());
            }
        }
    }

    /** Checks a read of a key the transaction touched before; true when it agrees with those steps. */
    private boolean internal(int i, MicroOp.Read read, List<Long> known, List<Long> appended) {
        List<Long> values = read.values();
        if (known != null) {
            List<Long> expected = new ArrayList<>(known);
            expected.addAll(appended);
            if (!expected.equals(values)) {
                report(TxnAnomalyType.INTERNAL, List.of(ops.get(i)), List.of("T1 read " + read.key() + " = " + values + ", but its own earlier read "
                        + known + " and appends " + appended + " mean it must read " + expected));
                return false;
            }
        } else if (values.size() < appended.size()
                || !values.subList(values.size() - appended.size(), values.size()).equals(appended)) {
            report(TxnAnomalyType.INTERNAL, List.of(ops.get(i)), List.of("T1 read " + read.key() + " = " + values
                    + ", but it had just appended " + appended + ", so the list must end with them"));
            return false;
        }
        return true;
    }

    /** Checks what a transaction saw of a key before touching it, and keeps it for the dependency edges. */
    private void external(int i, KeyVersions versions, List<Long> values, boolean derived) {
        String key = versions.key;
        if (values.size() > 1 && values.stream().distinct().count() < values.size()) {
            report(TxnAnomalyType.DUPLICATE_ELEMENTS, List.of(ops.get(i)), List.of("T1 read " + key + " = " + values
                    + ", which holds an element twice, though every append is unique"));
        }
        for (Long element : values) {
            Integer writer = versions.writers.get(element);
            if (writer == null) {
                Integer failed = versions.failedWriter(element);
                if (failed != null) {
                    report(TxnAnomalyType.G1A, List.of(ops.get(i), ops.get(failed)), List.of("T1 read " + key + " = " + values
                            + ", which holds " + element + ", appended by T2, which failed (aborted read)"));
                } else {
                    report(TxnAnomalyType.GARBAGE_READ, List.of(ops.get(i)), List.of("T1 read " + key + " = " + values
                            + ", which holds " + element + ", a value no transaction appended to " + key));
                }
            } else if (writer == i) {
                report(TxnAnomalyType.INTERNAL, List.of(ops.get(i)), List.of("T1 read " + key + " = " + values
                        + ", which holds " + element + ", the value T1 appends only later (a read from its own future)"));
            }
        }
        if (!values.isEmpty()) {
            Long last = values.get(values.size() - 1);
            Integer writer = versions.writers.get(last);
            if (writer != null && writer != i && versions.isIntermediate(last)) {
                report(TxnAnomalyType.G1B, List.of(ops.get(i), ops.get(writer)), List.of("T1 read " + key + " = " + values
                        + ", ending at " + last + ", which T2 appended and then appended to again (intermediate read)"));
            }
        }
        reads.add(new ExternalRead(i, versions, values, derived));
    }

    /** Offers a committed read, external or internal, to the key's version order. */
    private void offer(int i, KeyVersions versions, List<Long> values) {
        if (!versions.offer(values) && !versions.incompatible) {
            versions.incompatible = true;
            report(TxnAnomalyType.INCOMPATIBLE_ORDER, List.of(ops.get(i)), List.of("T1 read " + versions.key + " = " + values
                    + ", and another read saw " + versions.order + ": neither is a prefix of the other, so no version order explains both"));
        }
    }

    /**
     * Returns what a transaction saw of a key before touching it (reads are kept in transaction order).
     *
     * @param txn the transaction's index
     * @param keyId the key's id
     * @return the read
     */
    ExternalRead externalRead(int txn, int keyId) {
        int low = 0;
        int high = reads.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (reads.get(middle).txn() < txn) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int r = low; r < reads.size() && reads.get(r).txn() == txn; r++) {
            if (reads.get(r).key().id == keyId) {
                return reads.get(r);
            }
        }
        throw new IllegalStateException("transaction " + ops.get(txn).describe() + " has no read of key " + key(keyId).key);
    }



    private DependencyGraph edges() {
        DependencyGraph graph = new DependencyGraph(ops.size());
        for (KeyVersions versions : keyList) {
            versions.index();
            List<Long> order = versions.order;
            int previous = -1;
            for (int j = 0; j < order.size(); j++) {
                if (versions.position.get(order.get(j)) == j) {
                    if (previous >= 0) {
                        graph.add(versions.writerAt(previous), versions.writerAt(j), DependencyGraph.WW, versions.id);
                    }
                    previous = j;
                }
            }
            versions.unobserved = unobservedWriters(versions);
            if (!order.isEmpty()) {
                for (int writer : versions.unobserved) {
                    graph.add(versions.writerAt(order.size() - 1), writer, DependencyGraph.WW, versions.id);
                }
            }
        }
        for (ExternalRead read : reads) {
            KeyVersions versions = read.key();
            List<Long> values = read.values();
            if (!values.isEmpty()) {
                Integer writer = versions.writers.get(values.get(values.size() - 1));
                graph.add(writer == null ? -1 : writer, read.txn(), DependencyGraph.WR, versions.id);
            }
            if (!isPrefixOfOrder(versions, values)) {
                continue;
            }
            if (values.size() < versions.order.size()) {
                graph.add(read.txn(), versions.writerAt(values.size()), DependencyGraph.RW, versions.id);
            } else {
                for (int writer : versions.unobserved) {
                    graph.add(read.txn(), writer, DependencyGraph.RW, versions.id);
                }
            }
        }
        return graph;
    }

    /** Committed transactions whose append to the key no read observed: they come after the version order. */
    private int[] unobservedWriters(KeyVersions versions) {
        return versions.writers.entrySet().stream()
                .filter(entry -> !versions.position.containsKey(entry.getKey()) && ops.get(entry.getValue()).outcome() == OpOutcome.OK)
                .mapToInt(Map.Entry::getValue).distinct().toArray();
    }

    private static boolean isPrefixOfOrder(KeyVersions versions, List<Long> values) {
        if (values.size() > versions.order.size()) {
            return false;
        }
        if (!versions.incompatible) {
            return true;
        }
        return versions.order.subList(0, values.size()).equals(values);
    }

    private List<Operation<Txn, Txn>> cycleTxns(DependencyGraph graph, int[] edges) {
        List<Operation<Txn, Txn>> cycle = new ArrayList<>();
        for (int e : edges) {
            cycle.add(ops.get(graph.from[e]));
        }
        return cycle;
    }

    private void report(TxnAnomalyType type, List<Operation<Txn, Txn>> txns, List<String> steps) {
        List<TxnAnomaly> listed = anomalies.computeIfAbsent(type, t -> new ArrayList<>());
        if (listed.size() < LISTED) {
            listed.add(new TxnAnomaly(type, txns, steps));
        } else {
            unlisted.merge(type, 1, Integer::sum);
        }
    }
}
