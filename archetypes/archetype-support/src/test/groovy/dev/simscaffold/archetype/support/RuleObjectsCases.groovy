package dev.simscaffold.archetype.support

/** The rule objects of the properties only some archetypes take: each checks and says what it checks. */
class RuleObjectsCases {

    void 'every range accepts its bounds, refuses one past each, and its words name both bounds'() {
        OwnRules.RANGES.each { String property, WholeNumber rule ->
            assert rule.refusal("${rule.min}") == null: property
            assert rule.refusal("${rule.max}") == null: property
            assert rule.refusal("${rule.max + 1}") == "is not ${rule.range()}": property
            if (rule.min > 0) {
                assert rule.refusal("${rule.min - 1}") == "is not ${rule.range()}": property
            }
            assert rule.sentence().endsWith("from ${rule.min} to ${rule.max}"): property
        }
    }

    void 'a whole number is plain decimal digits: no sign, leading zero, fraction, separator or overflow'() {
        WholeNumber rule = new WholeNumber('Ticks', 1, 9999, 'ticks')
        ['+5', '-5', '05', '5.0', '1_000', ' 5', '5 ', '99999999999999999999999', 'five'].each {
            assert rule.refusal(it) == 'is not a whole number of ticks from 1 to 9999': it
        }
    }

    void 'a range the wrong way round is an error of the rule, not a rule that refuses everything'() {
        try {
            new WholeNumber('Nodes', 5, 2)
            assert false: 'expected a refusal of the rule'
        } catch (IllegalArgumentException expected) {
            assert expected.message == 'a whole-number rule needs 0 <= min <= max, got 5 to 2'
        }
    }
}
