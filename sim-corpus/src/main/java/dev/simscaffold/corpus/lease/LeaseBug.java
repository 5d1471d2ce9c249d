package dev.simscaffold.corpus.lease;

/** The mistake this corpus can plant in the lease protocol; none set is the correct protocol. */
public enum LeaseBug {

    /**
     * The storage accepts every write instead of rejecting tokens older than one it has seen. A client whose
     * lease ran out while its clock ran slow, or whose write was delayed, overwrites the next holder's work:
     * breaks {@value FencedWritesInOrder#NAME}.
     */
    NO_FENCING
}
