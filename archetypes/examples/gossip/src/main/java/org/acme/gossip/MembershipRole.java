package org.acme.gossip;

/**
 * What a gossip node is at a moment, reported through sim-core's {@code RoleReporting} so that a test can aim
 * faults with a value the compiler checks ({@code Nemeses.strikeAtNew(MembershipRole.ORIGIN)}). Gossip has
 * no leader; its fragile moment is a write's: until the writer's next exchange the write lives on that node
 * alone, so a crash, a partition or a pause then tests exactly what durability and anti-entropy promise.
 */
public enum MembershipRole {

    /** Holds a write of its own that no message it sent has carried yet: the only copy of that write. */
    ORIGIN,

    /** Holds nothing that it alone was told: losing this node for a while loses no write. */
    REPLICA
}
