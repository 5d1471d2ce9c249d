package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;

/**
 * A generator with a relative weight, for {@link Gen#frequency(java.util.List)}.
 *
 * @param <T> the generated type
 * @param weight how often, relative to the others, {@code >= 1}
 * @param gen the generator
 */
@Api(Api.Status.STABLE)
public record Weighted<T>(int weight, Gen<? extends T> gen) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param weight the {@code weight} component
     * @param gen the {@code gen} component
     */
    public Weighted {
        Require.atLeastOne("weight", weight);
        if (gen == null) {
            throw new NullPointerException("gen must not be null");
        }
    }

    /**
     * Pairs a weight with a generator.
     *
     * @param <T> the generated type
     * @param weight how often, relative to the others, {@code >= 1}
     * @param gen the generator
     * @return the pair
     */
    public static <T> Weighted<T> of(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }
}
