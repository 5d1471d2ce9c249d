package dev.simscaffold.core.harness;

/** What fault injection decided for one emitted effect. */
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
