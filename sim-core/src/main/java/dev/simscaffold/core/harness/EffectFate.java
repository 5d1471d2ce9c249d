package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;

/**
 * What fault injection decided for one emitted effect. For a routed effect, "delivered" means posted to
 * the receiver's mailbox, which applies it as the receiver's input when the harness's scheduler or the
 * passage of time gets to it.
 */
@Api(Api.Status.STABLE)
public enum EffectFate {
    /** Delivered once, when emitted. */
    DELIVERED,
    /** Lost: the outside world never sees it. */
    DROPPED,
    /** An extra copy of an effect, delivered right after the original. */
    DUPLICATED,
    /** Held back and delivered at {@link EffectRecord#deliverAt()}. */
    DELAYED
}
