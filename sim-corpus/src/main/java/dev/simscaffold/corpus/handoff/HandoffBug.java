package dev.simscaffold.corpus.handoff;

/**
 * The mistakes this corpus can plant in the hand-off; none set is the correct protocol. Each breaks
 * {@value OnePrimary#NAME}.
 */
public enum HandoffBug {

    /**
     * An old primary that heard no acknowledgement within {@link HandoffNode#HANDOFF_TIMEOUT_TICKS} takes its
     * role back, as if its successor had never taken the transfer. Silence during the hand-off does not mean
     * that: a partition that cuts the acknowledgements off leaves two primaries.
     */
    RESUMES_AFTER_TIMEOUT
}
