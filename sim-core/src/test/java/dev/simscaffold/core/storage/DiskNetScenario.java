package dev.simscaffold.core.storage;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The README example on a {@code SimNetwork}: a {@link KvNode} server with a disk takes {@code puts} puts,
 * one every {@value #GAP} ticks, under a generated fault schedule that may crash, restart, pause and cut
 * the power of its machine; at {@value #HORIZON} every crashed node restarts, and the network invariant
 * {@link KvNode#acknowledgedPutsSurvive} is checked after every event.
 *
 * @param puts how many puts the client sends
 * @param schedule the generated faults (recovery is appended when the scenario runs)
 * @param random the test case's live stream: network, disk and fault draws all shrink with it
 */
record DiskNetScenario(int puts, FaultSchedule schedule, SimRandom random) {

    static final NodeId SERVER = NodeId.of(0);
    static final long GAP = 10;
    static final int MAX_PUTS = 12;
    static final long HORIZON = GAP * MAX_PUTS;

    /** Latency makes crashes hit mid-write; random survivors and torn writes make the log's tail messy. */
    static final StorageFaults FAULTS = KvScenario.FAULTS;

    static final Gen<DiskNetScenario> SCENARIOS = Gen.zip(
            Gen.zip(Gen.ints(1, MAX_PUTS), Gen.faultSchedulesWithPowerLoss(List.of(SERVER), HORIZON, 6), Map::entry),
            Gen.liveRandom(), (plan, random) -> new DiskNetScenario(plan.getKey(), plan.getValue(), random));

    /** The network after the run, and the ledger of what clients were told was stored. */
    record Outcome(SimNetwork<String> net, Map<Integer, Integer> ledger) {
    }

    /** Runs the scenario; an {@code InvariantViolationError} escapes if an acknowledged put is lost. */
    Outcome run(boolean fsyncBeforeAck) {
        Map<Integer, Integer> ledger = new TreeMap<>();
        SimNetwork<String> net = SimNetwork.diskNodes(1, KvNode.factory(fsyncBeforeAck, ledger))
                .random(random)
                .storage(FAULTS).diskSectorBytes(4)
                .schedule(schedule.recoverAllAt(HORIZON))
                .expect(KvNode.acknowledgedPutsSurvive(ledger))
                .build();
        for (int key = 0; key < puts; key++) {
            int k = key;
            if (net.isUp(SERVER)) {
                net.invoke(SERVER, KvNode.class, "put " + k, node -> node.put(k));
            }
            net.run(GAP);
        }
        net.run(HORIZON + GAP - net.now().ticks());
        return new Outcome(net, ledger);
    }
}
