package org.acme.gossip;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The protocol's expectations, each named by the sentence a failure report leads with. The invariants
 * (always) are checked after every event of a simulation; the liveness conditions (eventually) must hold
 * within a deadline once the faults stop. Each sees the live nodes through a {@link NetworkView}.
 */
final class MembershipInvariants {

    static final String VERSIONS_NEVER_GO_BACKWARDS = "versions never go backwards";
    static final String NO_INVENTED_ENTRIES = "no node holds an entry nobody wrote";
    static final String NO_SUSPICION_WITHOUT_FAULTS = "on a perfect network no live node is suspected";
    static final String ALL_AGREE = "all live nodes hold the latest write of every key";

    private MembershipInvariants() {
    }

    /** The invariants every simulation checks, faults or not; fresh ones for each network. */
    static List<Expectation<NetworkView<MembershipMessage>>> standard(WriteLedger ledger) {
        return List.of(versionsNeverGoBackwards(), noInventedEntries(ledger));
    }

    /**
     * No node's version of a key ever decreases, and no node loses a key, across crashes included:
     * entries are durable, so a restarted node must still hold what it held.
     *
     * <p>What a node held before is not in its state (a buggy restart is exactly what forgets it), so this
     * check remembers the highest version each node has shown, like the {@link WriteLedger} remembers the
     * writes: each network needs its own, which {@link #standard} makes.
     */
    static Expectation<NetworkView<MembershipMessage>> versionsNeverGoBackwards() {
        TreeMap<NodeId, TreeMap<String, Version>> highest = new TreeMap<>();
        return Expectation.always(VERSIONS_NEVER_GO_BACKWARDS, nodes -> {
            List<String> problems = new ArrayList<>();
            nodes.byId(MembershipNode.class).forEach((id, node) -> {
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
    static Expectation<NetworkView<MembershipMessage>> noInventedEntries(WriteLedger ledger) {
        return Expectation.always(NO_INVENTED_ENTRIES, nodes -> {
            List<String> problems = new ArrayList<>();
            nodes.byId(MembershipNode.class).forEach((id, node) -> node.entries().values().forEach(entry -> {
                if (!ledger.written(entry.key(), entry.version()).map(entry::equals).orElse(false)) {
                    problems.add(id + " holds " + entry + ", which no client wrote");
                }
            }));
            return problems;
        });
    }

    /** Without faults nobody is down, so every suspicion is a false one. */
    static Expectation<NetworkView<MembershipMessage>> noSuspicionWithoutFaults() {
        return Expectation.always(NO_SUSPICION_WITHOUT_FAULTS, MembershipInvariants::suspicions);
    }

    /** Once every node is up and reachable, no live node suspects any peer. */
    static Expectation<NetworkView<MembershipMessage>> everyPeerTrusted() {
        return Expectation.eventually("every live node trusts every peer", MembershipInvariants::suspicions);
    }

    /**
     * Every live node holds exactly the latest write of every key: they agree, and on the right thing.
     * Until then it names each node that is behind and the keys it has wrong, so a missed deadline says
     * which node stalled, on what, and since when.
     */
    static Expectation<NetworkView<MembershipMessage>> allAgree(WriteLedger ledger) {
        return Expectation.eventually(ALL_AGREE, nodes -> {
            SortedMap<String, Entry> latest = ledger.latest();
            List<String> behind = new ArrayList<>();
            nodes.byId(MembershipNode.class).forEach((id, node) -> {
                SortedMap<String, Entry> held = node.entries();
                if (!held.equals(latest)) {
                    TreeSet<String> keys = new TreeSet<>(latest.keySet());
                    keys.addAll(held.keySet());
                    keys.removeIf(key -> Objects.equals(held.get(key), latest.get(key)));
                    behind.add(id + " does not hold the latest write of " + keys);
                }
            });
            return behind;
        });
    }

    /** One message per peer a live node suspects. */
    private static List<String> suspicions(NetworkView<MembershipMessage> nodes) {
        List<String> suspicions = new ArrayList<>();
        nodes.byId(MembershipNode.class).forEach((id, node) -> node.suspected().forEach(peer -> suspicions.add(id + " suspects " + peer)));
        return suspicions;
    }

    /** Every live node but {@code crashed} itself suspects it. */
    static Expectation<NetworkView<MembershipMessage>> suspectedByAll(NodeId crashed) {
        return Expectation.eventually("every live node suspects " + crashed, nodes -> {
            List<String> trusting = new ArrayList<>();
            nodes.byId(MembershipNode.class).forEach((id, node) -> {
                if (!id.equals(crashed) && !node.suspected().contains(crashed)) {
                    trusting.add(id + " does not suspect " + crashed);
                }
            });
            return trusting;
        });
    }

    /** No live node suspects {@code recovered} any more. */
    static Expectation<NetworkView<MembershipMessage>> trustedByAll(NodeId recovered) {
        return Expectation.eventually("every live node trusts " + recovered + " again", nodes -> {
            List<String> suspecting = new ArrayList<>();
            nodes.byId(MembershipNode.class).forEach((id, node) -> {
                if (node.suspected().contains(recovered)) {
                    suspecting.add(id + " still suspects " + recovered);
                }
            });
            return suspecting;
        });
    }
}
