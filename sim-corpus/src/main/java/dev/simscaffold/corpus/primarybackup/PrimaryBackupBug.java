package dev.simscaffold.corpus.primarybackup;

/** The mistake this corpus can plant in the primary-backup store; none set is the correct protocol. */
public enum PrimaryBackupBug {

    /**
     * Clients read from any replica, and a backup that has not yet received the latest write serves a stale
     * value: the clients' history is not linearizable.
     */
    READS_FROM_BACKUPS
}
