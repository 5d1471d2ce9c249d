package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.Sampler;

/**
 * A random source whose every draw the model checker decides through a shared {@link DrawTape}. Forks carry
 * the purpose of the network-level stream they descend from, which says how their draws are treated.
 */
final class ForcedSource implements RandomSource {

    private final DrawTape tape;
    private final long seed;
    private final String stream;
    /** How the stream's draws are treated; null for the root, whose forks decide it by their purpose. */
    private final StreamKind kind;

    ForcedSource(DrawTape tape, long seed) {
        this(tape, seed, "", null);
    }

    private ForcedSource(DrawTape tape, long seed, String stream, StreamKind kind) {
        this.tape = tape;
        this.seed = seed;
        this.stream = stream;
        this.kind = kind;
    }

    @Override
    public long nextLong() {
        throw new IllegalStateException("stream '" + stream + "' drew 64 unbounded bits, which a model checker cannot"
                + " branch on: draw from a bounded range (nextInt, nextLong(bound), chance)");
    }

    @Override
    public long nextLong(long bound) {
        return tape.draw(kindOfDraw(), stream, bound);
    }

    @Override
    public boolean nextBoolean(double probability) {
        return tape.chance(kindOfDraw(), stream, probability);
    }

    @Override
    public long nextLong(long bound, Sampler sampler) {
        if (bound == 0) {
            return nextLong();
        }
        return tape.draw(kindOfDraw(), stream, bound);
    }

    private StreamKind kindOfDraw() {
        return kind == null ? StreamKind.BRANCHED : kind;
    }

    @Override
    public RandomSource fork(String purpose) {
        return kind == null ? new ForcedSource(tape, seed, purpose, StreamKind.of(purpose))
                : new ForcedSource(tape, seed, stream + "/" + purpose, kind);
    }

    @Override
    public long seed() {
        return seed;
    }
}
