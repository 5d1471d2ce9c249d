package dev.simscaffold.testkit.modelcheck;

/**
 * How much of each budget a path has spent, and whether a partition of the checker's is in force: part of
 * a state's key, because two runs that reach the same network state with different budgets left can go on
 * differently.
 *
 * @param inputs client inputs given
 * @param crashes crashes made
 * @param partitions partitions started
 * @param losses messages lost
 * @param duplicates messages duplicated
 * @param partitioned whether a partition started by the checker has not healed yet
 */
record Budgets(int inputs, int crashes, int partitions, int losses, int duplicates, boolean partitioned) {

    static final Budgets NONE = new Budgets(0, 0, 0, 0, 0, false);

    Budgets afterStep(int lost, int duplicated) {
        return lost == 0 && duplicated == 0 ? this
                : new Budgets(inputs, crashes, partitions, losses + lost, duplicates + duplicated, partitioned);
    }

    Budgets input() {
        return new Budgets(inputs + 1, crashes, partitions, losses, duplicates, partitioned);
    }

    Budgets crash() {
        return new Budgets(inputs, crashes + 1, partitions, losses, duplicates, partitioned);
    }

    Budgets partition() {
        return new Budgets(inputs, crashes, partitions + 1, losses, duplicates, true);
    }

    Budgets heal() {
        return new Budgets(inputs, crashes, partitions, losses, duplicates, false);
    }
}
