package dev.simscaffold.core.harness;

import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Routes emitted effects to the outside world through fault injection: decides each effect's fate,
 * logs it, holds delayed effects in a queue ordered by (delivery time, sequence) and hands delivered
 * ones to the sink. Kept apart from {@link SimHarness} so each fault decision is one short method.
 */
final class EffectDispatcher<E> {

    private record Pending<E>(LogicalTime at, long sequence, int instance, E effect) {
    }

    private final EffectFaults faults;
    private final SimRandom random;
    private final Trace trace;
    private final EffectSink<E> sink;
    private final List<EffectRecord<E>> log;
    private final PriorityQueue<Pending<E>> delayed =
            new PriorityQueue<>(Comparator.comparing((Pending<E> p) -> p.at()).thenComparingLong(Pending::sequence));
    private long pendingSequence;

    EffectDispatcher(EffectFaults faults, SimRandom random, Trace trace, EffectSink<E> sink, boolean keepLog) {
        this.faults = faults;
        this.random = random;
        this.trace = trace;
        this.sink = sink;
        this.log = keepLog ? new ArrayList<>() : null;
    }

    /** Decides the fate of each effect of one step, in emission order. */
    void dispatch(long step, int instance, List<E> effects, LogicalTime now) {
        for (E effect : effects) {
            if (shouldDrop()) {
                record(step, instance, now, now, effect, EffectFate.DROPPED, EventKind.EFFECT_DROPPED, "");
                continue;
            }
            if (shouldDelay()) {
                LogicalTime at = now.advance(delayTicks());
                record(step, instance, now, at, effect, EffectFate.DELAYED, EventKind.EFFECT_DELAYED, "until " + at);
                delayed.add(new Pending<>(at, pendingSequence++, instance, effect));
            } else {
                record(step, instance, now, now, effect, EffectFate.DELIVERED, EventKind.EFFECT, "");
                deliver(instance, effect, now);
            }
            if (shouldDuplicate()) {
                record(step, instance, now, now, effect, EffectFate.DUPLICATED, EventKind.EFFECT_DUPLICATED, "");
                deliver(instance, effect, now);
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
            trace.record(now, EventKind.EFFECT_DELIVERED, actor(due.instance()), "", TraceText.of(due.effect()));
            deliver(due.instance(), due.effect(), now);
        }
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

    private boolean shouldDrop() {
        return faults.dropRate() > 0 && random.chance(faults.dropRate());
    }

    private boolean shouldDelay() {
        return faults.delayRate() > 0 && random.chance(faults.delayRate());
    }

    private boolean shouldDuplicate() {
        return faults.duplicateRate() > 0 && random.chance(faults.duplicateRate());
    }

    private long delayTicks() {
        return random.between(faults.minDelayTicks(), faults.maxDelayTicks());
    }

    private void record(long step, int instance, LogicalTime now, LogicalTime at, E effect, EffectFate fate, EventKind kind, String note) {
        if (log != null) {
            log.add(new EffectRecord<>(step, instance, now, at, effect, fate));
        }
        String detail = note.isEmpty() ? TraceText.of(effect) : TraceText.of(effect) + " " + note;
        trace.record(now, kind, actor(instance), "", detail);
    }

    private void deliver(int instance, E effect, LogicalTime at) {
        if (sink != null) {
            sink.deliver(instance, effect, at);
        }
    }

    static String actor(int instance) {
        return "instance-" + instance;
    }
}
