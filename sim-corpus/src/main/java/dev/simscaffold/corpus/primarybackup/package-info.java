/**
 * A primary-backup key-value store whose clients record a history; with
 * {@link dev.simscaffold.corpus.primarybackup.PrimaryBackupBug#READS_FROM_BACKUPS} a backup serves stale reads.
 *
 * <pre>{@code
 * History<KvOp, Long> history = PrimaryBackupCluster.run(scenario, EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS));
 * HistoryChecker.of(KvModel.kv()).linearizable(history).verdict();   // VIOLATED for some scenarios
 * }</pre>
 */
package dev.simscaffold.corpus.primarybackup;
