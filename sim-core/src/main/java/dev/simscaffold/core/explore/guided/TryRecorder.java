package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.check.ChoiceKind;
import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.check.Span;
import dev.simscaffold.core.random.Sampler;
import dev.simscaffold.core.random.Xoshiro256StarStar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The state one try's {@link TrySource}s share: the plan it replays (a mutant's values, {@code null} where a
 * mutation asked for a fresh draw), the draws made so far per fork path and in global order, and the spans.
 *
 * <p>It draws exactly as the property engine's recorder does while generating, so the try's {@link TryRecording}
 * replays through {@code ChoiceSource.replaying} to the same run: a planned value is brought into range the same
 * way (modulo the bound; a boolean of probability 0 or 1 forced), a value a sampler picks is recorded alone, and a
 * fresh draw comes from one {@link Xoshiro256StarStar} per path seeded as {@code SimRandom.seeded(seed)} seeds it,
 * so a try with an empty plan is the very run of its seed.
 */
final class TryRecorder {

    private final SortedMap<ForkPath, List<Long>> plan;
    private final TreeMap<ForkPath, List<Draw>> recorded = new TreeMap<>();
    private final TreeMap<ForkPath, Xoshiro256StarStar> fresh = new TreeMap<>();
    private final List<String> spanLabels = new ArrayList<>();
    private final List<int[]> spanBounds = new ArrayList<>();
    private final Deque<Integer> openSpans = new ArrayDeque<>();
    private int total;

    TryRecorder(SortedMap<ForkPath, List<Long>> plan) {
        this.plan = plan;
    }

    long draw(ForkPath path, long pathSeed, int position, ChoiceKind kind, long bound, double probability) {
        List<Draw> stream = recorded.computeIfAbsent(path, p -> new ArrayList<>());
        if (position < stream.size()) {
            return kind.fit(bound, probability, stream.get(position).value());
        }
        Long planned = planned(path, position);
        long value = planned != null ? kind.fit(bound, probability, planned) : kind.draw(generator(path, pathSeed), bound, probability);
        return record(path, kind, kind == ChoiceKind.BOOLEAN ? 2 : bound, probability, value);
    }

    long drawSampled(ForkPath path, long pathSeed, int position, long bound, Sampler sampler) {
        boolean fits = bound > 0;
        ChoiceKind kind = fits ? ChoiceKind.BOUNDED : ChoiceKind.RAW;
        long recordedBound = fits ? bound : 0;
        List<Draw> stream = recorded.computeIfAbsent(path, p -> new ArrayList<>());
        if (position >= stream.size() && planned(path, position) == null) {
            long picked = sampler.sample(generator(path, pathSeed));
            long value = bound == 0 ? picked : Long.remainderUnsigned(picked, bound);
            return record(path, kind, recordedBound, 0, value);
        }
        long value = draw(path, pathSeed, position, kind, recordedBound, 0);
        return fits || bound == 0 ? value : Long.remainderUnsigned(value, bound);
    }

    void startSpan(String label) {
        openSpans.push(spanBounds.size());
        spanLabels.add(label);
        spanBounds.add(new int[] {total, -1, openSpans.size() - 1});
    }

    void endSpan() {
        if (!openSpans.isEmpty()) {
            spanBounds.get(openSpans.pop())[1] = total;
        }
    }

    TryRecording recording() {
        List<Span> spans = new ArrayList<>(spanBounds.size());
        for (int i = 0; i < spanBounds.size(); i++) {
            int[] bounds = spanBounds.get(i);
            spans.add(new Span(spanLabels.get(i), bounds[0], bounds[1] < 0 ? total : bounds[1], bounds[2]));
        }
        return new TryRecording(recorded, spans);
    }

    private Long planned(ForkPath path, int position) {
        List<Long> values = plan.get(path);
        return values == null || position >= values.size() ? null : values.get(position);
    }

    private long record(ForkPath path, ChoiceKind kind, long bound, double probability, long value) {
        List<Draw> stream = recorded.get(path);
        stream.add(new Draw(path, stream.size(), total++, kind, bound, probability, value));
        return value;
    }

    private Xoshiro256StarStar generator(ForkPath path, long pathSeed) {
        return fresh.computeIfAbsent(path, p -> new Xoshiro256StarStar(pathSeed));
    }
}
