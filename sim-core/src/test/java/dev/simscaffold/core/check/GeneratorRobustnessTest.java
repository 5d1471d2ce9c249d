package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generation never produces a false failure, and its size is bounded the same way on every JDK: a
 * runaway recursive generator is discarded (by the depth bound, or by a stack overflow if it gets that
 * far), never reported as a falsified property; recursive values have a depth budget; assumptions and
 * list sizes do what they say.
 */
class GeneratorRobustnessTest {

    /** A supercritical branching process: a third of its trees are infinite. */
    static int tree(SimRandom random) {
        return random.chance(0.6) ? 1 + tree(random) + tree(random) : 0;
    }

    @Test
    void aRunawayRecursiveGeneratorIsDiscardedNotFalsified() {
        PropertyResult<Integer> result = PropertyRunner.check(Gen.of(GeneratorRobustnessTest::tree), PropertySettings.seeded(11), size -> { });

        assertThat(result).isInstanceOf(Passed.class);
        assertThat(result.discardReasons()).isNotEmpty()
                .allSatisfy((reason, count) -> assertThat(reason).containsAnyOf("maxDepth", "overflowed the stack", "choices"));
    }

    @Test
    void theDepthBoundDiscardsAtTheSameDrawEveryTime() {
        PropertySettings settings = PropertySettings.seeded(11).withMaxDepth(200);
        PropertyResult<Integer> first = PropertyRunner.check(Gen.of(GeneratorRobustnessTest::tree), settings, size -> { });
        PropertyResult<Integer> second = PropertyRunner.check(Gen.of(GeneratorRobustnessTest::tree), settings, size -> { });

        assertThat(first.discardReasons()).isEqualTo(second.discardReasons()).containsKey(
                first.discardReasons().firstKey()).allSatisfy((reason, count) -> assertThat(reason).contains("maxDepth=200"));
    }

    record Tree(Tree left, Tree right) {
        int depth() {
            return left == null ? 0 : 1 + Math.max(left.depth(), right.depth());
        }
    }

    @Test
    void recursiveValuesStayWithinTheirDepthAndShrinkTowardTheBase() {
        Gen<Tree> trees = Gen.recursive(Gen.constant(new Tree(null, null)), children -> Gen.zip(children, children, Tree::new), 5);
        List<Tree> sample = new ArrayList<>();
        SimRandom random = SimRandom.seeded(3);
        for (int i = 0; i < 300; i++) {
            sample.add(trees.draw(random));
        }
        assertThat(sample).allMatch(tree -> tree.depth() <= 5).anyMatch(tree -> tree.depth() == 5);

        PropertyResult<Tree> result = PropertyRunner.check(trees, PropertySettings.seeded(5), tree -> {
            if (tree.depth() >= 3) {
                throw new AssertionError("deep tree " + tree.depth());
            }
        });
        Tree shrunk = ((Falsified<Tree>) result).shrunk().value();
        assertThat(shrunk.depth()).isEqualTo(3);
        assertThat(size(shrunk)).isEqualTo(7);
    }

    private static int size(Tree tree) {
        return tree.left() == null ? 1 : 1 + size(tree.left()) + size(tree.right());
    }

    @Test
    void lazyGeneratorsCanReferToThemselves() {
        Gen<Integer>[] nested = new Gen[1];
        nested[0] = Gen.lazy(() -> Gen.oneOf(Gen.constant(0), nested[0].map(depth -> depth + 1)));
        PropertyResult<Integer> result = PropertyRunner.check(nested[0], PropertySettings.seeded(2), depth -> {
            if (depth >= 4) {
                throw new AssertionError("nested " + depth);
            }
        });
        assertThat(((Falsified<Integer>) result).shrunk().value()).isEqualTo(4);
    }

    @Test
    void anAssumptionDiscardsAndTooManyDiscardsNameIt() {
        PropertyResult<Integer> result = PropertyRunner.check(Gen.ints(0, 100), PropertySettings.seeded(1), x -> {
            Assume.that(x % 2 == 0, "even");
            assertThat(x % 2).isZero();
        });
        assertThat(result).isInstanceOf(Passed.class);
        assertThat(((Passed<Integer>) result).discarded()).isPositive();
        assertThat(result.discardReasons()).containsOnlyKeys("assumption \"even\" did not hold");

        assertThatThrownBy(() -> PropertyRunner.check(Gen.ints(0, 100), PropertySettings.seeded(1), x -> Assume.that(false, "never")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assumption \"never\"");
    }

    @Test
    void listsHaveTheAverageSizeAskedFor() {
        SimRandom random = SimRandom.seeded(8);
        Gen<List<Integer>> lists = Gen.lists(Gen.ints(0, 9), 2, 100, 20);
        double total = 0;
        for (int i = 0; i < 2000; i++) {
            List<Integer> list = lists.draw(random);
            assertThat(list.size()).isBetween(2, 100);
            total += list.size();
        }
        assertThat(total / 2000).isBetween(18.0, 22.0);
        assertThatThrownBy(() -> Gen.lists(Gen.ints(0, 9), 2, 10, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("averageSize");
    }

    @Test
    void anEncodedCaseReplaysExactlyThatCase() {
        Gen<List<Integer>> lists = Gen.lists(Gen.ints(0, 1000), 0, 30);
        PropertyCheck<List<Integer>> noBig = list -> assertThat(list).allMatch(x -> x < 100);
        Falsified<List<Integer>> failure = (Falsified<List<Integer>>) PropertyRunner.check(lists, PropertySettings.seeded(4), noBig);

        String encoded = failure.shrunk().choices().encoded();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        PropertyResult<List<Integer>> again = PropertyRunner.recheck(lists, PropertySettings.seeded(failure.failingSeed()), encoded, noBig);
        assertThat(again).isInstanceOf(Falsified.class);
        assertThat(((Falsified<List<Integer>>) again).shrunk().value()).isEqualTo(failure.shrunk().value());
        assertThatThrownBy(() -> PropertyRunner.recheck(lists, PropertySettings.seeded(1), "not*base64", noBig))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a recorded choice sequence");
    }
}
