package dev.simscaffold.core.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Payload faults and the message-kind trigger on a toy courier: each fault kind against a planted bug (fails
 * with the fault on, passes with it off, and passes against the node that checks), faults aimed at one kind of
 * message only, the trace saying what happened, replay, fault spans that shrink, and bad input refused.
 */
class MessageFaultTest {

    private static final long TICKS = 200;

    private static SimNetworkBuilder<Courier.Msg> couriers(Courier.Flaws flaws) {
        return SimNetwork.<Courier.Msg>nodes(Courier.NODES, (id, random, now) -> new Courier(id, now, flaws))
                .expect(Courier.honest()).expect(Courier.keepsWhatItAcked());
    }

    private static NemesisRunner<Courier.Msg> withFaults(SimNetworkBuilder<Courier.Msg> builder, List<MessageFault<Courier.Msg>> faults) {
        return NemesisRunner.on(builder.build(), List.of(), faults);
    }

    private static final MessageFault<Courier.Msg> BIT_FLIP = MessageFault.corrupt(Courier.Value.class, 0.1, Courier.Value::flipped);

    @Test
    void aCorruptedPayloadBreaksANodeThatTrustsItAndNotOneThatChecksIt() {
        Courier.Flaws trusting = new Courier.Flaws(true, false);
        for (long seed = 1; seed <= 3; seed++) {
            SimNetwork<Courier.Msg> off = couriers(trusting).seed(seed).build();
            off.run(TICKS);

            NemesisRunner<Courier.Msg> on = withFaults(couriers(trusting).seed(seed), List.of(BIT_FLIP));
            assertThatThrownBy(() -> on.run(TICKS)).as("seed %d", seed).isInstanceOf(InvariantViolationError.class)
                    .hasMessageContaining("accepted Value[to=node-");

            NemesisRunner<Courier.Msg> checked = withFaults(couriers(Courier.Flaws.NONE).seed(seed), List.of(BIT_FLIP));
            checked.run(TICKS);
            assertThat(checked.network().trace().count(EventKind.MESSAGE_CORRUPTED)).isPositive()
                    .isEqualTo(checked.messageFaultStats().get(0).struck());
        }
    }

    @Test
    void aMisdeliveredMessageBreaksANodeThatDoesNotCheckTheAddresseeAndNotOneThatDoes() {
        Courier.Flaws careless = new Courier.Flaws(false, true);
        MessageFault<Courier.Msg> misdeliver = MessageFault.misdeliver(Courier.Value.class, 0.1);
        for (long seed = 1; seed <= 3; seed++) {
            SimNetwork<Courier.Msg> off = couriers(careless).seed(seed).build();
            off.run(TICKS);

            NemesisRunner<Courier.Msg> on = withFaults(couriers(careless).seed(seed), List.of(misdeliver));
            assertThatThrownBy(() -> on.run(TICKS)).as("seed %d", seed).isInstanceOf(InvariantViolationError.class)
                    .hasMessageContaining("accepted Value[to=node-");

            NemesisRunner<Courier.Msg> checked = withFaults(couriers(Courier.Flaws.NONE).seed(seed), List.of(misdeliver));
            checked.run(TICKS);
            List<TraceEvent> misdelivered = events(checked, EventKind.MISDELIVERED);
            assertThat(misdelivered).isNotEmpty();
            assertThat(misdelivered).allSatisfy(event -> {
                assertThat(event.actor()).isEqualTo("node-0");
                assertThat(event.detail()).contains("addressed to node-").doesNotContain("addressed to " + event.peer());
            });
        }
    }

    @Test
    void aCrashRightAfterAnAckBreaksANodeThatAcksWhatItHoldsOnlyInMemory() {
        Nemesis crashTheAcker = new Nemesis("crash-acker", Trigger.onSend(Courier.Ack.class), Target.lastSender(Courier.Ack.class),
                List.of(Strike.CRASH), 0.05, 0, 10);
        for (long seed = 1; seed <= 3; seed++) {
            SimNetwork<Courier.Msg> off = couriers(Courier.Flaws.NONE).seed(seed).build();
            off.run(TICKS);

            NemesisRunner<Courier.Msg> on = NemesisRunner.on(couriers(Courier.Flaws.NONE).seed(seed).build(), crashTheAcker);
            assertThatThrownBy(() -> on.run(TICKS)).as("seed %d", seed).isInstanceOf(InvariantViolationError.class)
                    .hasMessageContaining("acknowledged").hasMessageContaining("but does not hold it");
            assertThat(events(on, EventKind.CRASH)).isNotEmpty().allSatisfy(crash -> assertThat(crash.actor()).isNotEqualTo("node-0"));
        }
    }

    @Test
    void theKindTriggerNamesTheSendersAndLastSenderTheLatest() {
        Nemesis pauseValueSender = new Nemesis("pause-sender", Trigger.onSend(Courier.Value.class), Target.fired(), List.of(Strike.PAUSE), 1.0, 0, 1);
        NemesisRunner<Courier.Msg> runner = NemesisRunner.on(couriers(Courier.Flaws.NONE).seed(4).build(), pauseValueSender);
        runner.run(20);

        assertThat(runner.stats().get(0).strikes()).isPositive();
        assertThat(events(runner, EventKind.PAUSE)).allSatisfy(pause -> assertThat(pause.actor()).isEqualTo("node-0"));

        Nemesis beforeAnyAck = new Nemesis("no-ack-yet", Trigger.afterEvents(1), Target.lastSender(Courier.Ack.class),
                List.of(Strike.CRASH), 1.0, 0, 1);
        NemesisRunner<Courier.Msg> early = NemesisRunner.on(couriers(Courier.Flaws.NONE).seed(4).build(), beforeAnyAck);
        early.run(20);
        assertThat(early.stats().get(0).noTarget()).as("no ack was sent before the first event").isEqualTo(1);
    }

    @Test
    void dropDelayAndDuplicateStrikeOnlyTheirKind() {
        NemesisRunner<Courier.Msg> dropAcks = withFaults(couriers(Courier.Flaws.NONE).seed(2), List.of(MessageFault.drop(Courier.Ack.class, 1.0)));
        dropAcks.run(50);
        Courier sender = dropAcks.network().node(NodeId.of(0), Courier.class).orElseThrow();
        Courier receiver = dropAcks.network().node(NodeId.of(1), Courier.class).orElseThrow();
        assertThat(sender.ackedBy(NodeId.of(1))).isZero();
        assertThat(receiver.acceptedCount()).isPositive();
        assertThat(events(dropAcks, EventKind.DROP)).hasSize((int) dropAcks.messageFaultStats().get(0).seen())
                .allSatisfy(drop -> assertThat(drop.detail()).endsWith(" (fault.nemesis.drop-ack)"));

        NemesisRunner<Courier.Msg> duplicateValues = withFaults(couriers(Courier.Flaws.NONE).seed(2),
                List.of(MessageFault.duplicate(Courier.Value.class, 1.0)));
        duplicateValues.run(50);
        assertThat(events(duplicateValues, EventKind.DUPLICATE)).isNotEmpty()
                .allSatisfy(duplicate -> assertThat(duplicate.actor()).isEqualTo("node-0"));
        SimNetwork<Courier.Msg> plain = couriers(Courier.Flaws.NONE).seed(2).build();
        plain.run(50);
        assertThat(duplicateValues.network().stats().delivered()).isGreaterThan(plain.stats().delivered());

        NemesisRunner<Courier.Msg> delayValues = withFaults(couriers(Courier.Flaws.NONE).seed(2),
                List.of(MessageFault.delay(Courier.Value.class, 1.0, 30)));
        delayValues.run(50);
        assertThat(events(delayValues, EventKind.MESSAGE_DELAYED)).isNotEmpty()
                .allSatisfy(delayed -> assertThat(delayed.detail()).matches(".* \\(fault\\.nemesis\\.delay-value\\) \\+\\d+ ticks"));
        assertThat(delayValues.network().stats().delivered()).isLessThan(plain.stats().delivered());
    }

    @Test
    void aTapThatNeverStrikesLeavesTheRunAsItWas() {
        SimNetwork<Courier.Msg> plain = couriers(Courier.Flaws.NONE).seed(6).build();
        plain.run(TICKS);
        Nemesis neverOnAck = new Nemesis("never", Trigger.onSend(Courier.Ack.class), Target.lastSender(Courier.Ack.class),
                List.of(Strike.CRASH), 0.0, 0, 1);
        NemesisRunner<Courier.Msg> idle = NemesisRunner.on(couriers(Courier.Flaws.NONE).seed(6).build(), List.of(neverOnAck),
                List.of(BIT_FLIP.withProbability(0), MessageFault.misdeliver(Courier.Value.class, 0)));

        assertThat(idle.run(TICKS)).isEqualTo(plain.events());
        assertThat(idle.network().trace().fingerprint()).isEqualTo(plain.trace().fingerprint());
        assertThat(idle.stats().get(0).triggered()).isPositive();
    }

    @Test
    void theSameSeedFaultsTheSameMessages() {
        List<Long> fingerprints = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            NemesisRunner<Courier.Msg> runner = withFaults(couriers(Courier.Flaws.NONE).seed(8),
                    List.of(BIT_FLIP, MessageFault.misdeliver(Courier.Value.class, 0.2), MessageFault.delay(Courier.Ack.class, 0.3, 9)));
            runner.run(TICKS);
            fingerprints.add(runner.network().trace().fingerprint());
        }
        SimNetwork<Courier.Msg> plain = couriers(Courier.Flaws.NONE).seed(8).build();
        plain.run(TICKS);

        assertThat(fingerprints.get(1)).isEqualTo(fingerprints.get(0)).isNotEqualTo(plain.trace().fingerprint());
    }

    @Test
    void everyMessageFaultIsOneFaultSpanAndAFailureShrinksToOne() {
        MessageFault<Courier.Msg> flip = BIT_FLIP.withProbability(0.05);
        Falsified<SimRandom> failure = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(), PropertySettings.seeded(3),
                random -> withFaults(couriers(new Courier.Flaws(true, false)).random(random), List.of(flip)).run(TICKS));

        assertThat(faultSpans(failure.original().spanCounts())).containsOnlyKeys(NemesisSpans.of(flip.name()));
        assertThat(faultSpans(failure.shrunk().spanCounts())).isEqualTo(Map.of(NemesisSpans.of(flip.name()), 1));
    }

    @Test
    void aCorruptFunctionThatThrowsFailsTheRunNamingTheFault() {
        MessageFault<Courier.Msg> broken = MessageFault.corrupt(Courier.Value.class, 1.0, value -> {
            throw new IllegalArgumentException("cannot flip " + value.value());
        });
        NemesisRunner<Courier.Msg> runner = withFaults(couriers(Courier.Flaws.NONE).seed(1), List.of(broken));

        assertThatThrownBy(() -> runner.run(TICKS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("message fault corrupt-value failed corrupting Value[to=node-1, value=0")
                .hasMessageContaining("cannot flip 0");
        MessageFault<Courier.Msg> toNull = MessageFault.corrupt(Courier.Value.class, 1.0, value -> null);
        assertThatThrownBy(() -> withFaults(couriers(Courier.Flaws.NONE).seed(1), List.of(toNull)).run(TICKS))
                .hasMessageContaining("message fault corrupt-value failed").hasMessageContaining("returned null");
    }

    @Test
    void badInputIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> MessageFault.drop(Courier.Ack.class, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message fault drop-ack: probability must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> BIT_FLIP.withProbability(-0.1)).hasMessageContaining("got -0.1");
        assertThatThrownBy(() -> MessageFault.misdeliver(Courier.Value.class, Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> MessageFault.delay(Courier.Ack.class, 0.5, 0)).hasMessageContaining("maxDelayTicks must be >= 1, got 0");
        assertThatThrownBy(() -> NemesisRunner.on(couriers(Courier.Flaws.NONE).seed(1).build(), List.of(), List.of(BIT_FLIP, BIT_FLIP)))
                .hasMessageContaining("named corrupt-value");
        assertThatThrownBy(() -> Trigger.onSend(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theReadmeExampleStrikesEveryKindItNames() {
        SimNetwork<Courier.Msg> network = SimNetwork.<Courier.Msg>nodes(3, (id, random, now) -> new Courier(id, now, Courier.Flaws.NONE))
                .seed(1).build();
        // DOCS:begin docs/guide/02-network-faults-nemeses.md
        List<MessageFault<Courier.Msg>> payload = List.of(
                MessageFault.corrupt(Courier.Value.class, 0.1, Courier.Value::flipped),  // how to corrupt one: the user's function
                MessageFault.misdeliver(Courier.Value.class, 0.05),                      // to a node neither sender nor addressee
                MessageFault.delay(Courier.Ack.class, 0.2, 30));                         // acknowledgements up to 30 ticks late
        Nemesis crashTheAcker = new Nemesis("crash-acker", Trigger.onSend(Courier.Ack.class), // an Ack was just sent:
                Target.lastSender(Courier.Ack.class), List.of(Strike.CRASH), 0.05, 0, 10);  // crash the node that sent it
        NemesisRunner<Courier.Msg> runner = NemesisRunner.on(network, List.of(crashTheAcker), payload);
        runner.run(200);
        System.out.println(runner.summary());
        // DOCS:end

        assertThat(runner.summary()).as("the line README.md shows").isEqualTo("nemeses: crash-acker triggered 156, struck 8, no target 0; "
                + "corrupt-value saw 200, struck 21, no target 0; misdeliver-value saw 200, struck 14, no target 0; "
                + "delay-ack saw 156, struck 24, no target 0");
        assertThat(runner.messageFaultStats()).allSatisfy(stats -> assertThat(stats.struck()).isPositive());
        assertThat(runner.stats().get(0).strikes()).isPositive();
    }

    private static List<TraceEvent> events(NemesisRunner<Courier.Msg> runner, EventKind kind) {
        return runner.network().trace().events().stream().filter(event -> event.kind() == kind).toList();
    }

    private static SortedMap<String, Integer> faultSpans(SortedMap<String, Integer> spans) {
        SortedMap<String, Integer> faults = new TreeMap<>(spans);
        faults.keySet().removeIf(label -> !FaultSpans.isFault(label));
        return faults;
    }
}
