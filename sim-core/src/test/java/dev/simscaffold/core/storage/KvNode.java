package dev.simscaffold.core.storage;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.DiskNodeFactory;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A key-value server on a {@code SimNetwork} node: a {@link LogKv} on its machine's disk, reached only
 * through the {@link StorageIo} its factory was given. A new incarnation recovers by reading its log; puts
 * invoked while it recovers wait and are written afterwards. Each acknowledgement goes into a ledger the
 * test owns, which stands for the clients that were told "stored" and which no crash can take back.
 */
final class KvNode implements StorageNode<String> {

    private final LogKv kv;
    private final Map<Integer, Integer> ledger;
    private final List<Integer> waiting = new ArrayList<>();

    private KvNode(StorageIo disk, boolean fsyncBeforeAck, Map<Integer, Integer> ledger) {
        this.kv = new LogKv(disk, fsyncBeforeAck);
        this.ledger = ledger;
        kv.recover();
    }

    /** Makes every incarnation of the server: {@code fsyncBeforeAck == false} is the planted bug. */
    static DiskNodeFactory<KvNode> factory(boolean fsyncBeforeAck, Map<Integer, Integer> ledger) {
        return (id, random, now, disk, recovered) -> new KvNode(disk, fsyncBeforeAck, ledger);
    }

    /** The client's expectation: once acknowledged, a put is in every recovered incarnation's state. */
    static Expectation<NetworkView<String>> acknowledgedPutsSurvive(Map<Integer, Integer> ledger) {
        return Expectation.always("acknowledged puts survive", nodes -> {
            List<String> lost = new ArrayList<>();
            nodes.byId(KvNode.class).forEach((id, node) -> {
                if (node.kv.recovered()) {
                    ledger.forEach((key, value) -> {
                        if (!value.equals(node.state().get(key))) {
                            lost.add(id + " lost acknowledged put " + key + "=" + value + "; it holds " + node.state());
                        }
                    });
                }
            });
            return lost;
        });
    }

    static int valueOf(int key) {
        return 1000 + key;
    }

    void put(int key) {
        if (kv.recovered()) {
            kv.put(key, valueOf(key));
        } else {
            waiting.add(key);
        }
    }

    boolean recovered() {
        return kv.recovered();
    }

    Map<Integer, Integer> state() {
        return kv.state();
    }

    @Override
    public void handleCompletion(Completion completion, LogicalTime now) {
        boolean wasRecovering = !kv.recovered();
        kv.handle(completion);
        for (int key : kv.pollAcks()) {
            ledger.put(key, valueOf(key));
        }
        if (wasRecovering && kv.recovered()) {
            waiting.forEach(key -> kv.put(key, valueOf(key)));
            waiting.clear();
        }
    }

    @Override
    public void handleInput(NodeId from, String message, LogicalTime now) {
        throw new IllegalStateException("this server takes puts through invoke, not messages; got " + message + " from " + from);
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        throw new IllegalStateException("this server sets no timers, yet was woken at " + now);
    }

    @Override
    public Optional<Transmit<String>> pollTransmit() {
        return Optional.empty();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "KvNode[recovered=" + kv.recovered() + ", state=" + kv.state() + "]";
    }
}
