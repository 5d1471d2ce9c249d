package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shrinking-challenge shapes ({@link ShrinkChallenges}) reach their exact form from at least 95 of
 * 100 base seeds each: the rate the issue set for the shrinker, measured the same way it was measured.
 */
class ShrinkChallengesTest {

    private static final int SEEDS = 100;
    private static final int REQUIRED = 95;

    private static void assertRate(ShrinkChallenges.Challenge<?> challenge) {
        ShrinkChallenges.Tally tally = ShrinkChallenges.exactForms(challenge, SEEDS);
        System.out.println(tally);
        assertThat(tally.exact()).as(tally.toString()).isGreaterThanOrEqualTo(REQUIRED);
    }

    @Test
    void differenceMustNotBeSmallShrinksToTenAndSix() {
        assertRate(ShrinkChallenges.differenceMustNotBeSmall());
    }

    @Test
    void differenceMustNotBeOneShrinksToTenAndNine() {
        assertRate(ShrinkChallenges.differenceMustNotBeOne());
    }

    @Test
    void lengthListShrinksToNineHundredAlone() {
        assertRate(ShrinkChallenges.lengthList());
    }

    @Test
    void bound5ShrinksToMinusOneAndMinus32768() {
        assertRate(ShrinkChallenges.bound5());
    }

    @Test
    void couplingShrinksToOneAndZero() {
        assertRate(ShrinkChallenges.coupling());
    }

    @Test
    void calculatorShrinksToZeroOverZeroPlusZero() {
        assertRate(ShrinkChallenges.calculator());
    }
}
