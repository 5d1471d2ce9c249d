package ${package};

import dev.simscaffold.core.net.Liveness;
import dev.simscaffold.core.net.NetworkInvariant;
import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The protocol's checks, each named. The invariants run after every event of a simulation; the liveness
 * conditions must hold within a deadline once faults stop. Each call returns a fresh check: an
 * invariant keeps history, so every network gets its own.
 */
final class ${moduleName}Invariants {

    static final String VERSIONS_NEVER_GO_BACKWARDS = "versions never go backwards";
    static final String NO_INVENTED_ENTRIES = "no node holds an entry nobody wrote";
    static final String NO_SUSPICION_WITHOUT_FAULTS = "on a perfect network no live node is suspected";
    static final String ALL_AGREE = "all live nodes hold the latest write of every key";

    private ${moduleName}Invariants() {
    }

    /** The invariants every simulation checks, faults or not. */
    static List<NetworkInvariant<${moduleName}Node>> standard(WriteLedger ledger) {
        return List.of(versionsNeverGoBackwards(), noInventedEntries(ledger));
    }

    /**
     * No node's version of a key ever decreases, and no node loses a key, across crashes included:
     * entries are durable, so a restarted node must still hold what it held.
     */
    static NetworkInvariant<${moduleName}Node> versionsNeverGoBackwards() {
        TreeMap<NodeId, TreeMap<String, Version>> highest = new TreeMap<>();
        return NetworkInvariant.of(VERSIONS_NEVER_GO_BACKWARDS, (nodes, now) -> {
            List<String> problems = new ArrayList<>();
            nodes.forEach((id, node) -> {
                TreeMap<String, Version> seen = highest.computeIfAbsent(id, ignored -> new TreeMap<>());
                SortedMap<String, Entry> held = node.entries();
                seen.forEach((key, before) -> {
                    Entry current = held.get(key);
                    if (current == null) {
                        problems.add(id + " lost " + key + ", which it held at version " + before);
                    } else if (before.isNewerThan(current.version())) {
                        problems.add(id + " went back from " + key + "@" + before + " to " + current);
                    }
                });
                held.forEach((key, entry) -> seen.merge(key, entry.version(), (a, b) -> a.isNewerThan(b) ? a : b));
            });
            return problems;
        });
    }

    /** Every entry a node holds is a write a client made, with that write's value. */
    static NetworkInvariant<${moduleName}Node> noInventedEntries(WriteLedger ledger) {
        return NetworkInvariant.of(NO_INVENTED_ENTRIES, (nodes, now) -> {
            List<String> problems = new ArrayList<>();
            nodes.forEach((id, node) -> node.entries().values().forEach(entry -> {
                if (!ledger.written(entry.key(), entry.version()).map(entry::equals).orElse(false)) {
                    problems.add(id + " holds " + entry + ", which no client wrote");
                }
            }));
            return problems;
        });
    }

    /** Without faults nobody is down, so every suspicion is a false one. */
    static NetworkInvariant<${moduleName}Node> noSuspicionWithoutFaults() {
        return NetworkInvariant.of(NO_SUSPICION_WITHOUT_FAULTS, (nodes, now) -> {
            List<String> problems = new ArrayList<>();
            nodes.forEach((id, node) -> node.suspected().forEach(peer -> problems.add(id + " suspects " + peer + ", which is up")));
            return problems;
        });
    }

    /** Every live node holds exactly the latest write of every key: they agree, and on the right thing. */
    static Liveness<${moduleName}Node> allAgree(WriteLedger ledger) {
        return Liveness.of(ALL_AGREE, nodes -> nodes.values().stream().allMatch(node -> node.entries().equals(ledger.latest())));
    }

    /** Every live node but {@code crashed} itself suspects it. */
    static Liveness<${moduleName}Node> suspectedByAll(NodeId crashed) {
        return Liveness.of("every live node suspects " + crashed, nodes -> nodes.entrySet().stream()
                .filter(node -> !node.getKey().equals(crashed)).allMatch(node -> node.getValue().suspected().contains(crashed)));
    }

    /** No live node suspects {@code recovered} any more. */
    static Liveness<${moduleName}Node> trustedByAll(NodeId recovered) {
        return Liveness.of("every live node trusts " + recovered + " again",
                nodes -> nodes.values().stream().noneMatch(node -> node.suspected().contains(recovered)));
    }
}
