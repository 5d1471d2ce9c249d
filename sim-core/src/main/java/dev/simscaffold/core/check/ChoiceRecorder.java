package dev.simscaffold.core.check;

import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.random.Sampler;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The state one run's {@link ChoiceSource}s share: the prefix being replayed, the choices recorded so
 * far per fork path with the global order they were drawn in, the spans that group them, and what to
 * draw once the prefix runs out (fresh random values while generating, the simplest value while
 * shrinking).
 *
 * <p>It also bounds a test case deterministically. Every {@link #DEPTH_CHECK_INTERVAL} draws made while
 * generating, it counts the stack frames above the frame where generation began; past
 * {@code maxDepth} the test case is discarded. The count is of logical frames, which the JIT does not
 * change, so a runaway recursive generator is discarded at the same draw on every JDK instead of
 * overflowing the stack wherever the compiler happened to leave it.
 *
 * <p>A fault span ({@link FaultSpans}) is kept only if its first draw, the fault's decision, was not the
 * simplest value: a decision that said no is not a fault action, and dropping its span leaves every run
 * without faults with exactly the spans (and so the shrink passes) it had before fault spans existed.
 * A client operation span ({@link ActionCount#OPERATION_PREFIX}) is kept by the same rule: its first draw is
 * "one more operation?", and a client that said no issued no operation.
 */
final class ChoiceRecorder {

    /** How often, in draws, generation measures its stack depth: rare enough to cost nothing measurable. */
    static final int DEPTH_CHECK_INTERVAL = 64;

    /** How many earlier integers a test case remembers, for generators that repeat one. */
    private static final int INTEGER_MEMORY = 64;

    private static final StackWalker WALKER = StackWalker.getInstance();

    private final SortedMap<ForkPath, List<Long>> prefix;
    private final boolean randomFallback;
    private final int maxChoices;
    private final int maxDepth;
    private final Strategy strategy;
    private final TreeMap<ForkPath, List<Choice>> recorded = new TreeMap<>();
    private final TreeMap<ForkPath, List<Integer>> order = new TreeMap<>();
    private final TreeMap<ForkPath, Xoshiro256StarStar> fresh = new TreeMap<>();
    private final List<String> spanLabels = new ArrayList<>();
    private final List<int[]> spanBounds = new ArrayList<>();
    private final Deque<Integer> openSpans = new ArrayDeque<>();
    private final List<Long> integers = new ArrayList<>();
    /** Which recorded choices are integers' ranks, by path and position, with their ranking. */
    private final TreeMap<ForkPath, TreeMap<Integer, Integers.Ranking>> rankings = new TreeMap<>();
    /** The global indices of the draws that took their simplest value, for deciding whether a fault span stays. */
    private final BitSet simplest = new BitSet();
    private int total;
    /** How many recorded choices were not the simplest value. */
    private int active;
    /**
     * How many client operations and outermost injected actions the spans closed so far hold: at most what
     * {@link ActionCount#of} counts once the run ends, so the cut-off that reads it is exact.
     */
    private int units;
    /** When a shrink candidate's run is abandoned, or null outside shrinking. */
    private ShrinkCutoff cutoff;
    private boolean generating;

    ChoiceRecorder(SortedMap<ForkPath, List<Long>> prefix, boolean randomFallback, int maxChoices, int maxDepth, Strategy strategy) {
        this.prefix = prefix;
        this.randomFallback = randomFallback;
        this.maxChoices = maxChoices;
        this.maxDepth = maxDepth;
        this.strategy = strategy;
    }

    /** Abandons the run as soon as it can no longer be adopted as a simpler case ({@link ShrinkCutoff}). */
    void cutOff(ShrinkCutoff cutoff) {
        this.cutoff = cutoff;
    }

    /** The strategy of the property this run belongs to, which every source of the run carries. */
    Strategy strategy() {
        return strategy;
    }

    /**
     * Returns the choice at {@code position} of {@code path}: the one already recorded there (a second
     * fork of the same purpose sees the same values), else the prefix's value brought into range, else
     * a fallback value; new choices are recorded.
     */
    long draw(ForkPath path, long pathSeed, int position, ChoiceKind kind, long bound, double probability) {
        List<Choice> stream = recorded.computeIfAbsent(path, p -> new ArrayList<>());
        if (position < stream.size()) {
            return kind.fit(bound, probability, stream.get(position).value());
        }
        List<Long> replayed = prefix.getOrDefault(path, List.of());
        long raw = position < replayed.size() ? replayed.get(position) : fallback(path, pathSeed, kind, bound, probability);
        return record(path, kind, kind == ChoiceKind.BOOLEAN ? 2 : bound, kind.fit(bound, probability, raw));
    }

    /**
     * Like {@link #draw}, for a value a sampler picks: while generating, the sampler draws from the
     * path's fresh stream, unrecorded, and only its value is recorded, as a bounded choice (a raw one
     * when the bound does not fit a signed long).
     */
    long drawSampled(ForkPath path, long pathSeed, int position, long bound, Sampler sampler) {
        boolean fits = bound > 0;
        ChoiceKind kind = fits ? ChoiceKind.BOUNDED : ChoiceKind.RAW;
        long recordedBound = fits ? bound : 0;
        List<Choice> stream = recorded.computeIfAbsent(path, p -> new ArrayList<>());
        if (position >= stream.size() && !replaysAt(path, position) && randomFallback) {
            long picked = sampler.sample(fresh.computeIfAbsent(path, p -> new Xoshiro256StarStar(pathSeed)));
            long value = bound == 0 ? picked : Long.remainderUnsigned(picked, bound);
            return record(path, kind, recordedBound, value);
        }
        long value = draw(path, pathSeed, position, kind, recordedBound, 0);
        return fits || bound == 0 ? value : Long.remainderUnsigned(value, bound);
    }

    private boolean replaysAt(ForkPath path, int position) {
        return position < prefix.getOrDefault(path, List.of()).size();
    }

    private long record(ForkPath path, ChoiceKind kind, long bound, long value) {
        if (total >= maxChoices) {
            throw Discard.overrun(maxChoices);
        }
        if (generating && total % DEPTH_CHECK_INTERVAL == 0) {
            checkDepth();
        }
        recorded.get(path).add(new Choice(kind, bound, value));
        if (value == 0) {
            simplest.set(total);
        } else {
            active++;
        }
        order.computeIfAbsent(path, p -> new ArrayList<>()).add(total);
        total++;
        if (cutoff != null && cutoff.lost(units, active, total)) {
            throw Discard.cannotWin(cutoff);
        }
        return value;
    }

    void startSpan(String label) {
        openSpans.push(spanBounds.size());
        spanLabels.add(label);
        spanBounds.add(new int[] {total, -1, openSpans.size() - 1});
    }

    void endSpan() {
        if (openSpans.isEmpty()) {
            return;
        }
        int span = openSpans.pop();
        int start = spanBounds.get(span)[0];
        boolean noFault = start == total || simplest.get(start);
        if (noFault && span == spanBounds.size() - 1 && isDecided(spanLabels.get(span))) {
            spanBounds.remove(span);
            spanLabels.remove(span);
        } else {
            spanBounds.get(span)[1] = total;
            countUnit(spanLabels.get(span));
        }
    }

    /** Counts a kept span that closed if it is an operation, or an injected action inside no open one. */
    private void countUnit(String label) {
        if (ActionCount.isOperation(label)) {
            units++;
        } else if (FaultSpans.isFault(label)) {
            for (int open : openSpans) {
                if (FaultSpans.isFault(spanLabels.get(open))) {
                    return;
                }
            }
            units++;
        }
    }

    /** Whether a span of this label opens with its decision, and so is no action when that decision said no. */
    private static boolean isDecided(String label) {
        return FaultSpans.isFault(label) || label.startsWith(ActionCount.OPERATION_PREFIX);
    }

    /** Marks the start of generation: from here until {@link #endGeneration()} the depth is bounded. */
    void startGeneration() {
        generating = true;
    }

    void endGeneration() {
        generating = false;
    }

    /**
     * Remembers an integer a generator drew, so that later draws can repeat it or land near it, and that
     * the choice at {@code position} of {@code path} is its rank, so that shrinking can move values
     * between integers ({@link ValuePasses}).
     */
    void rememberInteger(long value, ForkPath path, int position, Integers.Ranking ranking) {
        if (integers.size() == INTEGER_MEMORY) {
            integers.remove(0);
        }
        integers.add(value);
        rankings.computeIfAbsent(path, p -> new TreeMap<>()).put(position, ranking);
    }

    /** The integers drawn so far in this test case, oldest first. */
    List<Long> integers() {
        return integers;
    }

    DrawLog log() {
        List<Span> spans = new ArrayList<>(spanBounds.size());
        for (int i = 0; i < spanBounds.size(); i++) {
            int[] bounds = spanBounds.get(i);
            spans.add(new Span(spanLabels.get(i), bounds[0], bounds[1] < 0 ? total : bounds[1], bounds[2]));
        }
        return new DrawLog(new ChoiceSequence(recorded), order, spans, rankings);
    }

    ChoiceSequence choices() {
        return new ChoiceSequence(recorded);
    }

    private void checkDepth() {
        if (generationDepth() > maxDepth) {
            throw Discard.tooDeep(maxDepth);
        }
    }

    /**
     * The frames above {@link TestCaseExecutor}'s generation frame, less the two that measuring adds: the
     * walk stops at that frame, so it costs what the generator's own stack costs, not the test runner's
     * hundred frames below it.
     */
    private static int generationDepth() {
        return WALKER.walk(frames -> (int) frames.takeWhile(frame -> !TestCaseExecutor.isGenerationFrame(frame)).count()) - 2;
    }

    private long fallback(ForkPath path, long pathSeed, ChoiceKind kind, long bound, double probability) {
        if (!randomFallback) {
            return 0;
        }
        return kind.draw(fresh.computeIfAbsent(path, p -> new Xoshiro256StarStar(pathSeed)), bound, probability);
    }

    static SortedMap<ForkPath, List<Long>> valuesOf(ChoiceSequence sequence) {
        TreeMap<ForkPath, List<Long>> values = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> entry : sequence.streams().entrySet()) {
            List<Long> stream = new ArrayList<>(entry.getValue().size());
            for (Choice choice : entry.getValue()) {
                stream.add(choice.value());
            }
            values.put(entry.getKey(), stream);
        }
        return values;
    }
}
