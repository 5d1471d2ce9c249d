/**
 * The property engine: seeded properties whose failures shrink, inputs and faults alike.
 *
 * <p>Every random decision of a test case, whether a generated input or a fault decision drawn by the
 * harness, goes through a {@link dev.simscaffold.core.random.SimRandom} backed by a recording
 * {@link dev.simscaffold.core.check.ChoiceSource}, and so lands in a
 * {@link dev.simscaffold.core.check.ChoiceSequence}. Replaying the sequence replays the test case;
 * shrinking deletes and lowers choices and replays, so a failure shrinks to fewer, simpler inputs and
 * fewer faults without a shrinker per type.
 *
 * <pre>{@code
 * PropertyResult<List<Integer>> result = PropertyRunner.check(
 *         Gen.lists(Gen.ints(0, 1000), 0, 20),
 *         PropertySettings.seeded(42).withTries(500),
 *         list -> {
 *             if (list.stream().anyMatch(x -> x >= 100)) {
 *                 throw new AssertionError("too big: " + list);
 *             }
 *         });
 * }</pre>
 */
package dev.simscaffold.core.check;
