/**
 * Replaying a failure: the exact command that reruns just that case (seed, and strategy when it is not the
 * default), a JUnit test that does the same from an IDE, and {@code -Dsim.stopAt=N}, which stops the replayed
 * run right after event {@code #N} for a debugger.
 */
package dev.simscaffold.testkit.replay;
