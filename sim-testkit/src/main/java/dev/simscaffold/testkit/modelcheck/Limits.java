package dev.simscaffold.testkit.modelcheck;

/**
 * The bounds of one check: how deep, how many states, how wide a draw may be, and each fault budget.
 *
 * @param depth the longest path explored, in moves
 * @param maxStates the most distinct states kept
 * @param maxBranching the widest random draw branched on
 * @param inputs how many client inputs a path may give
 * @param crashes how many crashes a path may make
 * @param partitions how many partitions a path may start
 * @param losses how many messages a path may lose
 * @param duplicates how many messages a path may duplicate
 */
record Limits(int depth, long maxStates, int maxBranching, int inputs, int crashes, int partitions, int losses,
        int duplicates) {
}
