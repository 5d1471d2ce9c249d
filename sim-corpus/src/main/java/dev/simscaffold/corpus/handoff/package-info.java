/**
 * A primary that hands its role to the next node every tenure, as a planned leadership transfer does: the
 * bug benchmark's protocol whose planted bug needs a partition to land during one phase, the hand-off.
 *
 * <p>The old primary steps down, then sends {@link dev.simscaffold.corpus.handoff.HandoffMessage.Transfer}
 * to its successor until an {@link dev.simscaffold.corpus.handoff.HandoffMessage.Ack} comes back; the
 * successor is primary from the moment it takes the transfer. Retransmission makes random loss, duplicates and
 * delays harmless; the planted {@link dev.simscaffold.corpus.handoff.HandoffBug#RESUMES_AFTER_TIMEOUT} takes
 * the role back when no acknowledgement came within a timeout, which only a partition that cuts the successor
 * off after it took the transfer and before any acknowledgement returned, and lasts past the timeout, makes
 * wrong. {@value dev.simscaffold.corpus.handoff.OnePrimary#NAME} is checked after every event.
 */
package dev.simscaffold.corpus.handoff;
