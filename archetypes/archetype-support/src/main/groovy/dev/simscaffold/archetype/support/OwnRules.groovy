package dev.simscaffold.archetype.support

/**
 * The rules of the properties only some archetypes take, by property: an archetype's spec lists the ones it
 * takes (`properties`), and PropertyRules checks them in that order after the shared ones, then the
 * comparisons between them that the spec itself declares (`comparisons`, see Comparison), and says them in words.
 */
final class OwnRules {

    private OwnRules() {
    }

    static final Map<String, WholeNumber> RANGES = [
            // archetype-gossip. Up to 64 nodes: small enough that the generated tests run in seconds.
            nodes         : new WholeNumber('How many nodes the simulated cluster has', 2, 64),
            fanout        : new WholeNumber('How many peers a node gossips with each round', 1, 99),
            gossipInterval: new WholeNumber("Ticks between a node's gossip rounds", 1, 9999, 'ticks'),
            failureTimeout: new WholeNumber('Ticks of silence after which a peer is suspected', 1, 999999, 'ticks'),
            // archetype-pipeline: at least one, or the stage would never checkpoint.
            checkpointEvery: new WholeNumber('How many records the stage processes between checkpoints', 1, 9999, 'records')]
}
