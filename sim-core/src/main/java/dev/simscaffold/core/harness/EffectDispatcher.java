package dev.simscaffold.core.harness;

import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Routes emitted effects through fault injection: decides each effect's fate, logs it, and then either
 * posts it to the {@link Mailbox} with that fate (an effect the router addresses to an instance, ready when
 * its delay ends; its loss or copy takes effect when it arrives, as the model's edge) or holds it in a queue
 * ordered by (delivery time, sequence) and hands it to the sink. Routed and
 * external effects draw the same fault decisions in the same order, so adding a router changes no fault.
 * Where an effect goes and which fates it can meet are the {@link HarnessModel}'s rules, which the exhaustive
 * search enumerates; this class draws, for one run, which of them happen. Kept apart from {@link SimHarness}
 * so each fault decision is one short method.
 */
final class EffectDispatcher<E, I> {

    private record Pending<E>(LogicalTime at, long sequence, int instance, E effect) {
    }

    private final EffectFaults faults;
    private final HarnessModel<?, I, E> model;
    private final SimRandom random;
    private final Trace trace;
    private final EffectSink<E> sink;
    private final Mailbox<I> mailbox;
    private final List<EffectRecord<E>> log;
    private final String[] names;
    private final String[] toNames;
    private final PriorityQueue<Pending<E>> delayed =
            new PriorityQueue<>(Comparator.comparing((Pending<E> p) -> p.at()).thenComparingLong(Pending::sequence));
    private long pendingSequence;

    EffectDispatcher(EffectFaults faults, HarnessModel<?, I, E> model, SimRandom random, Trace trace, EffectSink<E> sink,
            Mailbox<I> mailbox, int instances, boolean keepLog) {
        this.faults = faults;
        this.model = model;
        this.random = random;
        this.trace = trace;
        this.sink = sink;
        this.mailbox = mailbox;
        this.log = keepLog ? new ArrayList<>() : null;
        this.names = new String[instances];
        this.toNames = new String[instances];
        for (int i = 0; i < instances; i++) {
            names[i] = "instance-" + i;
            toNames[i] = "to " + names[i];
        }
    }

    /** Decides the fate of each effect of one step, in emission order. */
    void dispatch(long step, int instance, List<E> effects, LogicalTime now) {
        for (E effect : effects) {
            Addressed<I> addressed = model.route(instance, effect);
            String to = addressed == null ? "" : toNames[addressed.to()];
            if (shouldDrop()) {
                record(step, instance, now, now, effect, EffectFate.DROPPED, EventKind.EFFECT_DROPPED, to);
                if (addressed != null) {
                    mailbox.post(now, instance, addressed, EffectFate.DROPPED);
                }
                continue;
            }
            long delay = delayOrNone();
            LogicalTime at = delay >= 0 ? now.advance(delay) : now;
            if (delay >= 0) {
                record(step, instance, now, at, effect, EffectFate.DELAYED, EventKind.EFFECT_DELAYED, join(to, "until " + at));
                if (addressed == null) {
                    delayed.add(new Pending<>(at, pendingSequence++, instance, effect));
                }
            } else {
                record(step, instance, now, now, effect, EffectFate.DELIVERED, EventKind.EFFECT, to);
                if (addressed == null && sink != null) {
                    sink.deliver(instance, effect, now);
                }
            }
            boolean twice = shouldDuplicate();
            if (twice) {
                record(step, instance, now, now, effect, EffectFate.DUPLICATED, EventKind.EFFECT_DUPLICATED, to);
                if (addressed == null && sink != null) {
                    sink.deliver(instance, effect, now);
                }
            }
            if (addressed != null) {
                mailbox.post(at, instance, addressed, twice ? EffectFate.DUPLICATED : EffectFate.DELIVERED);
            }
        }
    }

    /** Returns the earliest delayed effect's delivery time, if one is due at or before {@code limit}. */
    LogicalTime nextDueAtOrBefore(LogicalTime limit) {
        Pending<E> next = delayed.peek();
        return next != null && !next.at().isAfter(limit) ? next.at() : null;
    }

    /** Delivers every delayed effect due at exactly {@code now}, in the order they were delayed. */
    void deliverDue(LogicalTime now) {
        while (!delayed.isEmpty() && !delayed.peek().at().isAfter(now)) {
            Pending<E> due = delayed.poll();
            trace.recordValue(now, EventKind.EFFECT_DELIVERED, names[due.instance()], "", due.effect(), "");
            if (sink != null) {
                sink.deliver(due.instance(), due.effect(), now);
            }
        }
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : first + " " + second;
    }

    int delayedCount() {
        return delayed.size();
    }

    List<EffectRecord<E>> log() {
        if (log == null) {
            throw new IllegalStateException("the effect log is not kept in FINGERPRINT_ONLY mode");
        }
        return Collections.unmodifiableList(log);
    }

    /** Whether an effect is dropped: a fault span around the decision ({@link FaultSpans}). */
    private boolean shouldDrop() {
        if (!model.mayDrop()) {
            return false;
        }
        RandomSource spans = random.source();
        spans.startSpan(FaultSpans.EFFECT_DROP);
        try {
            return random.chance(faults.dropRate());
        } finally {
            spans.endSpan();
        }
    }

    /** The delay of a delayed effect, or -1 if it is not delayed: the decision and the delay are one fault span. */
    private long delayOrNone() {
        if (!model.mayDelay()) {
            return -1;
        }
        RandomSource spans = random.source();
        spans.startSpan(FaultSpans.EFFECT_DELAY);
        try {
            return random.chance(faults.delayRate()) ? delayTicks() : -1;
        } finally {
            spans.endSpan();
        }
    }

    /** Whether an effect is delivered twice: a fault span around the decision. */
    private boolean shouldDuplicate() {
        if (!model.mayDuplicate()) {
            return false;
        }
        RandomSource spans = random.source();
        spans.startSpan(FaultSpans.EFFECT_DUPLICATE);
        try {
            return random.chance(faults.duplicateRate());
        } finally {
            spans.endSpan();
        }
    }

    private long delayTicks() {
        return random.between(faults.minDelayTicks(), faults.maxDelayTicks());
    }

    private void record(long step, int instance, LogicalTime now, LogicalTime at, E effect, EffectFate fate, EventKind kind, String note) {
        if (log != null) {
            log.add(new EffectRecord<>(step, instance, now, at, effect, fate));
        }
        trace.recordValue(now, kind, names[instance], "", effect, note);
    }

    /** The trace name of an instance, such as {@code "instance-2"}; made once per instance, not per event. */
    String name(int instance) {
        return names[instance];
    }
}
