package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * The generators behind {@link Gen#pick}, {@link Gen#oneOf} and {@link Gen#frequency}: each chooses one of
 * several alternatives with a single draw, so a smaller draw means an earlier alternative and they shrink
 * toward the first.
 */
final class Alternatives {

    private Alternatives() {
    }

    static <T> Gen<T> pick(List<? extends T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("pick needs at least one option, got none");
        }
        List<T> copy = List.copyOf(options);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    static <T> Gen<T> oneOf(List<Gen<? extends T>> gens) {
        if (gens.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one generator, got none");
        }
        List<Gen<? extends T>> copy = new ArrayList<>(gens.size());
        for (Gen<? extends T> gen : gens) {
            copy.add(Require.present("gen", gen));
        }
        return random -> copy.get(random.nextInt(copy.size())).draw(random);
    }

    static <T> Gen<T> frequency(List<Weighted<? extends T>> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("frequency needs at least one weighted generator, got none");
        }
        List<Weighted<? extends T>> copy = List.copyOf(options);
        long total = 0;
        for (Weighted<? extends T> option : copy) {
            total += option.weight();
        }
        long sum = total;
        return random -> {
            long ticket = random.nextLong(sum);
            for (Weighted<? extends T> option : copy) {
                if (ticket < option.weight()) {
                    return option.gen().draw(random);
                }
                ticket -= option.weight();
            }
            throw new IllegalStateException("ticket " + ticket + " outside total weight " + sum);
        };
    }
}
