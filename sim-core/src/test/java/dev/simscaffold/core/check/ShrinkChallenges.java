package dev.simscaffold.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The shapes of jlink/shrinking-challenge, written with our {@link Gen} API: each a generator, a property
 * that fails on some values, and the predicate that names the challenge's exact (or, for bound5, a
 * minimal) form. {@link #exactForms} counts over how many base seeds shrinking reaches that form.
 */
final class ShrinkChallenges {

    /** One challenge: what it draws, when it fails, and which shrunk values are its simplest form. */
    record Challenge<T>(String name, Gen<T> gen, int tries, PropertyCheck<T> check, Predicate<T> exact) {
    }

    /** How one challenge did over a range of base seeds. */
    record Tally(String name, int seeds, int found, int exact, List<String> misses) {

        @Override
        public String toString() {
            return name + ": exact " + exact + " of " + seeds + " (found " + found + "); misses " + misses;
        }
    }

    private static final int INT16_MIN = -32768;
    private static final int INT16_MAX = 32767;

    private ShrinkChallenges() {
    }

    /**
     * difference_must_not_be_small: x and y in [1, 2^31); fails when x &gt;= 10 and 1 &lt;= |x - y| &lt;= 4.
     * Exact form [10, 6]. Many tries, as the challenge measures shrinking, not finding.
     */
    static Challenge<int[]> differenceMustNotBeSmall() {
        return new Challenge<>("difference_must_not_be_small", pair(), 2_000, xy -> {
            int difference = Math.abs(xy[0] - xy[1]);
            if (xy[0] >= 10 && difference >= 1 && difference <= 4) {
                throw new AssertionError("small difference " + difference);
            }
        }, xy -> xy[0] == 10 && xy[1] == 6);
    }

    /** difference_must_not_be_one: fails when x &gt;= 10 and |x - y| == 1. Exact form [10, 9]. */
    static Challenge<int[]> differenceMustNotBeOne() {
        return new Challenge<>("difference_must_not_be_one", pair(), 2_000, xy -> {
            if (xy[0] >= 10 && Math.abs(xy[0] - xy[1]) == 1) {
                throw new AssertionError("difference of one");
            }
        }, xy -> xy[0] == 10 && xy[1] == 9);
    }

    private static Gen<int[]> pair() {
        return Gen.zip(Gen.ints(1, Integer.MAX_VALUE), Gen.ints(1, Integer.MAX_VALUE), (x, y) -> new int[] {x, y});
    }

    /** lengthlist: a length in [1, 100] drawn first, then that many values in [0, 1000]; fails when the largest is at least 900. Exact form [900]. */
    static Challenge<List<Integer>> lengthList() {
        Gen<List<Integer>> lists = Gen.ints(1, 100).flatMap(n -> Gen.sequence(repeat(Gen.ints(0, 1000), n)));
        return new Challenge<>("lengthlist", lists, 200, list -> {
            if (list.stream().anyMatch(x -> x >= 900)) {
                throw new AssertionError("an element of at least 900");
            }
        }, list -> list.equals(List.of(900)));
    }

    /**
     * bound5: five lists of 16-bit values, each list's (wrapping) sum below 256; fails when the wrapping
     * sum of all is at least 5 * 256. Minimal forms: [-1] and [-32768] in any two slots, in that order,
     * every other list empty (the challenge's ([], [], [], [-1], [-32768]) is one of them).
     */
    static Challenge<List<List<Integer>>> bound5() {
        Gen<List<Integer>> bounded = Gen.lists(Gen.ints(INT16_MIN, INT16_MAX), 0, 20).filter("sum below 256", list -> wrap(sum(list)) < 256);
        Gen<List<List<Integer>>> five = Gen.sequence(repeat(bounded, 5));
        return new Challenge<>("bound5", five, 200, lists -> {
            long total = 0;
            for (List<Integer> list : lists) {
                total += sum(list);
            }
            if (wrap(total) >= 5 * 256) {
                throw new AssertionError("wrapping sum " + wrap(total));
            }
        }, lists -> {
            List<Integer> nonEmpty = new ArrayList<>();
            for (List<Integer> list : lists) {
                if (list.size() > 1) {
                    return false;
                }
                nonEmpty.addAll(list);
            }
            return nonEmpty.equals(List.of(-1, INT16_MIN));
        });
    }

    private static long sum(List<Integer> list) {
        long sum = 0;
        for (int x : list) {
            sum += x;
        }
        return sum;
    }

    private static short wrap(long value) {
        return (short) value;
    }

    /** coupling: a list of values in [0, 10], each a valid index; fails when two entries point at each other. Exact form [1, 0]. */
    static Challenge<List<Integer>> coupling() {
        Gen<List<Integer>> lists = Gen.lists(Gen.ints(0, 10), 0, 20)
                .filter("indices in range", list -> list.stream().allMatch(x -> x < list.size()));
        return new Challenge<>("coupling", lists, 200, list -> {
            for (int i = 0; i < list.size(); i++) {
                int j = list.get(i);
                if (j != i && list.get(j) == i) {
                    throw new AssertionError("entries " + i + " and " + j + " point at each other");
                }
            }
        }, list -> list.equals(List.of(1, 0)));
    }

    /** An arithmetic expression: a literal, a sum or a quotient. */
    sealed interface Expr permits Literal, Op {
    }

    /** A literal integer. */
    record Literal(int value) implements Expr {
        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /** {@code +} or {@code /} of two expressions. */
    record Op(char op, Expr left, Expr right) implements Expr {
        @Override
        public String toString() {
            return "('" + op + "', " + left + ", " + right + ")";
        }
    }

    /**
     * calculator: expressions over literals in [-10, 10] with + and /; division by a literal 0 is filtered
     * out; fails when evaluating divides by zero. Exact form ('/', 0, ('+', 0, 0)).
     */
    static Challenge<Expr> calculator() {
        Gen<Expr> literal = Gen.ints(-10, 10).map(Literal::new);
        Gen<Expr> expressions = Gen.recursive(literal, inner -> Gen.oneOf(
                Gen.zip(inner, inner, (l, r) -> new Op('+', l, r)),
                Gen.zip(inner, inner, (l, r) -> new Op('/', l, r))), 4);
        Gen<Expr> valid = expressions.filter("no division by a literal 0", e -> !dividesByLiteralZero(e));
        Expr exact = new Op('/', new Literal(0), new Op('+', new Literal(0), new Literal(0)));
        return new Challenge<>("calculator", valid, 200, e -> evaluate(e), exact::equals);
    }

    private static boolean dividesByLiteralZero(Expr e) {
        return e instanceof Op op && ((op.op() == '/' && op.right() instanceof Literal l && l.value() == 0)
                || dividesByLiteralZero(op.left()) || dividesByLiteralZero(op.right()));
    }

    private static long evaluate(Expr e) {
        if (e instanceof Literal literal) {
            return literal.value();
        }
        Op op = (Op) e;
        long left = evaluate(op.left());
        long right = evaluate(op.right());
        return op.op() == '+' ? left + right : left / right;
    }

    private static <T> List<Gen<T>> repeat(Gen<T> gen, int times) {
        List<Gen<T>> gens = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            gens.add(gen);
        }
        return gens;
    }

    /** Runs a challenge from base seeds 1..seeds and counts the runs that found it and shrank to its exact form. */
    static <T> Tally exactForms(Challenge<T> challenge, int seeds) {
        int found = 0;
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            PropertyResult<T> result = PropertyRunner.check(challenge.gen(),
                    PropertySettings.seeded(seed).withTries(challenge.tries()), challenge.check());
            if (result instanceof Falsified<T> failure) {
                found++;
                if (challenge.exact().test(failure.shrunk().value())) {
                    exact++;
                } else if (misses.size() < 5) {
                    misses.add(seed + "=" + show(failure.shrunk().value()));
                }
            }
        }
        return new Tally(challenge.name(), seeds, found, exact, misses);
    }

    private static String show(Object value) {
        return value instanceof int[] ints ? Arrays.toString(ints) : String.valueOf(value);
    }
}
