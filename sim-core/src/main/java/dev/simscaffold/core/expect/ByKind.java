package dev.simscaffold.core.expect;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * Expectations over one view sorted by kind, in the order they were given: how an explorer sets up its
 * checks (always ones judged, sometimes ones counted, eventually ones awaited), so that every explorer
 * splits them the same way.
 *
 * @param <V> the view
 * @param always the always expectations
 * @param sometimes the sometimes expectations
 * @param eventually the eventually expectations
 */
@Api(Api.Status.STABLE)
public record ByKind<V>(List<Expectation<? super V>> always, List<Expectation<? super V>> sometimes,
        List<Expectation<? super V>> eventually) {

    /**
     * Copies the lists.
     *
     * @param always the always expectations
     * @param sometimes the sometimes expectations
     * @param eventually the eventually expectations
     */
    public ByKind {
        always = List.copyOf(always);
        sometimes = List.copyOf(sometimes);
        eventually = List.copyOf(eventually);
    }

    /**
     * Sorts expectations by kind, keeping their order within each kind.
     *
     * @param <V> the view
     * @param expectations the expectations
     * @return them by kind
     */
    public static <V> ByKind<V> of(List<? extends Expectation<? super V>> expectations) {
        List<Expectation<? super V>> always = new ArrayList<>();
        List<Expectation<? super V>> sometimes = new ArrayList<>();
        List<Expectation<? super V>> eventually = new ArrayList<>();
        for (Expectation<? super V> expectation : expectations) {
            (switch (expectation.kind()) {
                case ALWAYS -> always;
                case SOMETIMES -> sometimes;
                case EVENTUALLY -> eventually;
            }).add(expectation);
        }
        return new ByKind<>(always, sometimes, eventually);
    }
}
