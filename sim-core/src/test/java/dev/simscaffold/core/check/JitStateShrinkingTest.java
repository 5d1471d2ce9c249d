package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.check.ShrinkChallenges.Challenge;
import dev.simscaffold.core.check.ShrinkChallenges.Expr;
import org.junit.jupiter.api.Test;

/**
 * What a seed shrinks to must not depend on the JIT. Once a division by zero is hot, HotSpot's compiled code
 * throws one pre-allocated {@link ArithmeticException} with no stack trace and no message
 * ({@code -XX:+OmitStackTraceInFastThrow}), and when that starts depends on when the compiler got to run, so on
 * machine load. Here the switch is made deterministic: the calculator challenge's division throws such an
 * exception from its n-th time on, for several n, and every seed must shrink to the case it shrinks to when the
 * switch never comes. Before failure origins ignored the line of these exceptions, a switch in mid-shrink made
 * every later failing candidate "another bug", and shrinking stopped where the switch happened.
 */
class JitStateShrinkingTest {

    private static final int NEVER = Integer.MAX_VALUE;

    @Test
    void aSeedShrinksToTheSameCaseWhereverTheJitStartsDroppingStackTraces() {
        for (long seed = 1; seed <= 10; seed++) {
            Falsified<Expr> steady = shrink(seed, NEVER);
            for (int switchAt : new int[] {1, 3, 10, 30, 0}) {
                Falsified<Expr> switched = shrink(seed, switchAt);

                assertThat(switched.shrunk().choices()).as("seed " + seed + ", stack traces dropped from throw " + switchAt)
                        .isEqualTo(steady.shrunk().choices());
                assertThat(switched.shrunk().origin()).isEqualTo(steady.shrunk().origin());
            }
        }
    }

    private static Falsified<Expr> shrink(long seed, int switchAt) {
        Challenge<Expr> challenge = ShrinkChallenges.calculator();
        PropertyResult<Expr> result = PropertyRunner.check(challenge.gen(), PropertySettings.seeded(seed).withTries(challenge.tries()),
                switchingAt(challenge, switchAt));
        assertThat(result).as("seed " + seed).isInstanceOf(Falsified.class);
        return (Falsified<Expr>) result;
    }

    /** The challenge's check, whose divisions by zero from the {@code switchAt}-th on throw as compiled code does once hot. */
    private static PropertyCheck<Expr> switchingAt(Challenge<Expr> challenge, int switchAt) {
        int[] thrown = {0};
        return expression -> {
            try {
                challenge.check().check(expression);
            } catch (ArithmeticException division) {
                if (thrown[0]++ >= switchAt) {
                    throw asCompiledCodeThrowsIt();
                }
                throw division;
            }
        };
    }

    /** What HotSpot throws for a hot division by zero: a shared instance with no message and no stack trace. */
    private static ArithmeticException asCompiledCodeThrowsIt() {
        ArithmeticException preallocated = new ArithmeticException();
        preallocated.setStackTrace(new StackTraceElement[0]);
        return preallocated;
    }
}
