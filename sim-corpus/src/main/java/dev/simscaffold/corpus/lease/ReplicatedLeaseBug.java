package dev.simscaffold.corpus.lease;

/** The mistake this corpus can plant in {@link ReplicatedLeaseTable}; none set is the correct protocol. */
public enum ReplicatedLeaseBug {

    /**
     * An instance adopts every announcement instead of only one with a newer epoch, so a delayed or duplicated
     * announcement takes the lease back to an older holder: breaks {@value ReplicatedLeaseRun#EPOCHS_NEVER_GO_BACK}.
     */
    ADOPTS_ANY_EPOCH
}
