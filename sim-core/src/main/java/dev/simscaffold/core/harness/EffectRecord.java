package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;

/**
 * One entry of the harness's effect log. Every emitted effect gets an entry, including the dropped
 * ones, so a test can see exactly what fault injection did.
 *
 * @param <E> the effect type
 * @param step the step that emitted it, from 1
 * @param instance the instance that emitted it
 * @param emittedAt when it was emitted
 * @param deliverAt when it reaches (or, if dropped, would have reached) the outside world
 * @param effect the effect
 * @param fate what fault injection decided
 */
@Api(Api.Status.STABLE)
public record EffectRecord<E>(long step, int instance, LogicalTime emittedAt, LogicalTime deliverAt, E effect, EffectFate fate) {
}
