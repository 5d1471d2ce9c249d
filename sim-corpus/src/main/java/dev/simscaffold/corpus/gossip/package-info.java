/**
 * Push gossip of versioned entries (anti-entropy), with three planted bugs
 * ({@link dev.simscaffold.corpus.gossip.GossipBug}) that each roll a version back.
 *
 * <pre>{@code
 * RunVerdict verdict = GossipCluster.run(1, EnumSet.of(GossipBug.NOT_EQUAL_DEDUP), FaultConfig.hostile().network());
 * verdict.failed();   // "versions never go backwards"
 * }</pre>
 */
package dev.simscaffold.corpus.gossip;
