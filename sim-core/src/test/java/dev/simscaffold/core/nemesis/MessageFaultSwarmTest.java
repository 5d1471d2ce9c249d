package dev.simscaffold.core.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * #26: message faults (payload corruption, misdelivery, drops of a kind) as swarm members: each seed arms a
 * recorded subset of them with the nemeses; a payload bug is found exactly in the runs whose swarm armed the
 * payload fault; an armed fault strikes as it would alone; a pool without message faults draws what it drew
 * before.
 */
class MessageFaultSwarmTest {

    private static final long TICKS = 200;

    private static final MessageFault<Courier.Msg> BIT_FLIP = MessageFault.corrupt(Courier.Value.class, 0.1, Courier.Value::flipped);
    private static final MessageFault<Courier.Msg> MISDELIVER = MessageFault.misdeliver(Courier.Value.class, 0.1);
    private static final MessageFault<Courier.Msg> DROP_ACKS = MessageFault.drop(Courier.Ack.class, 0.2);
    private static final List<MessageFault<Courier.Msg>> FAULTS = List.of(BIT_FLIP, MISDELIVER, DROP_ACKS);

    private static SimNetworkBuilder<Courier.Msg> couriers(Courier.Flaws flaws, long seed) {
        return SimNetwork.<Courier.Msg>nodes(Courier.NODES, (id, random, now) -> new Courier(id, now, flaws))
                .expect(Courier.honest()).expect(Courier.keepsWhatItAcked()).seed(seed);
    }

    /** Couriers without checks: crashes lose what a courier acknowledged, which this comparison does not judge. */
    private static SimNetwork<Courier.Msg> unchecked(long seed) {
        return SimNetwork.<Courier.Msg>nodes(Courier.NODES, (id, random, now) -> new Courier(id, now, Courier.Flaws.NONE)).seed(seed).build();
    }

    @Test
    void eachSeedArmsARecordedSubsetOfTheMessageFaults() {
        Set<List<String>> subsets = new LinkedHashSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            NemesisRunner<Courier.Msg> runner = NemesisRunner.swarm(couriers(Courier.Flaws.NONE, seed).build(), List.of(), FAULTS);
            List<String> off = runner.swarmedOff();
            subsets.add(off);
            assertThat(runner.messageFaultStats()).hasSize(FAULTS.size() - off.size());
            assertThat(NemesisRunner.swarm(couriers(Courier.Flaws.NONE, seed).build(), List.of(), FAULTS).swarmedOff()).isEqualTo(off);
        }
        assertThat(subsets).as("40 seeds over 8 subsets").hasSizeGreaterThanOrEqualTo(6);
    }

    /** A node that trusts payloads fails in the runs whose swarm armed the corruption, and only there. */
    @Test
    void aPayloadBugIsFoundExactlyWhereTheSwarmArmedThePayloadFault() {
        Courier.Flaws trusting = new Courier.Flaws(true, false);
        List<MessageFault<Courier.Msg>> pool = List.of(BIT_FLIP, DROP_ACKS);
        int foundWithCorruption = 0;
        int passedWithoutIt = 0;
        for (long seed = 1; seed <= 10; seed++) {
            NemesisRunner<Courier.Msg> runner = NemesisRunner.swarm(couriers(trusting, seed).build(), List.of(), pool);
            boolean corruptionArmed = !runner.swarmedOff().contains(BIT_FLIP.name());
            boolean failed;
            try {
                runner.run(TICKS);
                failed = false;
            } catch (InvariantViolationError violation) {
                failed = true;
            }
            if (!corruptionArmed) {
                assertThat(failed).as("seed %d: no corruption armed, nothing to break the trusting node", seed).isFalse();
                passedWithoutIt++;
            } else if (failed) {
                foundWithCorruption++;
            }
        }
        assertThat(foundWithCorruption).as("runs with the corruption armed that found the bug").isPositive();
        assertThat(passedWithoutIt).as("runs the swarm left without corruption").isPositive();
    }

    @Test
    void anArmedMessageFaultStrikesAsItWouldAlone() {
        for (long seed = 1; seed <= 30; seed++) {
            NemesisRunner<Courier.Msg> swarmed = NemesisRunner.swarm(couriers(Courier.Flaws.NONE, seed).build(), List.of(), FAULTS);
            if (!swarmed.swarmedOff().equals(List.of(MISDELIVER.name(), DROP_ACKS.name()))) {
                continue;
            }
            swarmed.run(TICKS);
            NemesisRunner<Courier.Msg> alone = NemesisRunner.on(couriers(Courier.Flaws.NONE, seed).build(), List.of(), List.of(BIT_FLIP));
            alone.run(TICKS);
            assertThat(swarmed.messageFaultStats().get(0).struck()).isPositive();
            assertThat(swarmed.network().trace().fingerprint()).isEqualTo(alone.network().trace().fingerprint());
            return;
        }
        throw new AssertionError("no seed in 1..30 armed the corruption alone");
    }

    @Test
    void aPoolWithoutMessageFaultsDrawsWhatTheNemesisSwarmDrew() {
        List<Nemesis> nemeses = List.of(Nemeses.periodically(25, Strike.CRASH), Nemeses.periodically(40, Strike.PAUSE));
        List<Long> before = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++) {
            NemesisRunner<Courier.Msg> old = NemesisRunner.swarm(unchecked(seed), nemeses);
            old.run(TICKS);
            before.add(old.network().trace().fingerprint());
            NemesisRunner<Courier.Msg> widened = NemesisRunner.swarm(unchecked(seed), nemeses, List.of());
            widened.run(TICKS);
            after.add(widened.network().trace().fingerprint());
        }
        assertThat(after).isEqualTo(before);
    }
}
