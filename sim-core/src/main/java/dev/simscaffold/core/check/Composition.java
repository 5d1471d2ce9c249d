package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The generators that {@link Gen} builds from other generators: filtered, combined, sequenced, lazy and
 * recursive ones. None draws anything of its own beyond what its parts draw (and the coin of each
 * recursive level), so each shrinks exactly as its parts do.
 */
final class Composition {

    private Composition() {
    }

    static <T> Gen<T> filter(Gen<T> gen, String label, Predicate<? super T> accept, int attempts) {
        Require.present("label", label);
        Require.present("accept", accept);
        return random -> {
            for (int attempt = 0; attempt < attempts; attempt++) {
                T value = gen.draw(random);
                if (accept.test(value)) {
                    return value;
                }
            }
            throw Discard.filterExhausted(label, attempts);
        };
    }

    static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> gen) {
        Require.present("gen", gen);
        List<Gen<? extends T>> built = new ArrayList<>(1);
        return random -> {
            if (built.isEmpty()) {
                built.add(Require.present("the lazily built generator", gen.get()));
            }
            return built.get(0).draw(random);
        };
    }

    static <T> Gen<T> recursive(Gen<T> base, Function<Gen<T>, ? extends Gen<T>> extend, int maxDepth) {
        Require.present("base", base);
        Require.present("extend", extend);
        Require.nonNegative("maxDepth", maxDepth);
        Gen<T> level = base;
        for (int depth = 0; depth < maxDepth; depth++) {
            Gen<T> extended = Require.present("the generator extend returned", extend.apply(level));
            level = random -> random.span("recursive", () -> random.chance(0.5) ? extended.draw(random) : base.draw(random));
        }
        return level;
    }

    static <A, B, R> Gen<R> zip(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combine) {
        Require.present("first", first);
        Require.present("second", second);
        Require.present("combine", combine);
        return random -> {
            A a = first.draw(random);
            B b = second.draw(random);
            return combine.apply(a, b);
        };
    }

    static <T> Gen<List<T>> sequence(List<? extends Gen<? extends T>> gens) {
        List<Gen<? extends T>> copy = List.copyOf(gens);
        return random -> {
            List<T> values = new ArrayList<>(copy.size());
            for (Gen<? extends T> gen : copy) {
                values.add(gen.draw(random));
            }
            return Collections.unmodifiableList(values);
        };
    }
}
