package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.net.FaultEvent;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.KvScenario.Op;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Keeps chapter 3's acknowledge-before-fsync examples compiling and true, with the outcomes their comments state:
 * the property fails and shrinks to one put and one power loss; on a network, the invariant catches the lost put.
 */
class AckBeforeFsyncChapterTest {

    private static final NodeId SERVER = NodeId.of(0);

    @Test
    void thePropertyFailsAndShrinksToOnePutAndOnePowerLoss() {
        // DOCS:begin docs/guide/03-crashes-and-disks.md
        PropertyResult<KvScenario> result = PropertyRunner.check(
                KvScenario.scenarios(Op.PUT, Op.POWER_LOSS, Op.PROCESS_CRASH), PropertySettings.seeded(1),
                scenario -> scenario.run(false));          // false: acknowledge before fsync
        // Falsified: "acknowledged put 0=1000 lost after POWER_LOSS", shrunk to [PUT, POWER_LOSS]
        // DOCS:end

        Falsified<KvScenario> failure = (Falsified<KvScenario>) result;
        assertThat(failure.shrunk().value().ops()).containsExactly(Op.PUT, Op.POWER_LOSS);
        assertThat(failure.shrunk().failure()).hasMessageContaining("acknowledged put 0=1000 lost after POWER_LOSS");
    }

    @Test
    void onANetworkTheInvariantCatchesTheLostPut() {
        // DOCS:begin docs/guide/03-crashes-and-disks.md
        Map<Integer, Integer> ledger = new TreeMap<>();          // what clients were told: "stored"
        SimNetwork<String> net = SimNetwork.diskNodes(1, KvNode.factory(false, ledger)) // false: ack before fsync
                .random(SimRandom.seeded(1))
                .storage(StorageFaults.builder().minLatencyTicks(0).maxLatencyTicks(2)
                        .tornWriteRate(0.5).unsyncedSurvivalRate(0.3).build())
                .diskSectorBytes(4)
                .schedule(FaultSchedule.of(List.of(SERVER), List.of(new FaultEvent.PowerLoss(5, SERVER))).recoverAllAt(120))
                .expect(KvNode.acknowledgedPutsSurvive(ledger))
                .build();
        net.invoke(SERVER, KvNode.class, "put 0", node -> node.put(0));
        // DOCS:end

        assertThatThrownBy(() -> {
            // DOCS:begin docs/guide/03-crashes-and-disks.md
            net.run(130);   // InvariantViolationError: "invariant violated: acknowledged puts survive" ... "node-0 lost acknowledged put 0=1000; it holds {}"
            // DOCS:end
        }).isInstanceOf(InvariantViolationError.class)
                .hasMessageContaining("invariant violated: acknowledged puts survive")
                .hasMessageContaining("node-0 lost acknowledged put 0=1000; it holds {}");
    }
}
