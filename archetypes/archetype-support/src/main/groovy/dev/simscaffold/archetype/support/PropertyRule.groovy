package dev.simscaffold.archetype.support

/**
 * The rule of one property an archetype takes beyond the shared ones: one object both checks a value and
 * says in words what it accepts, so that a refusal, sim-scaffold:list and the property reference cannot
 * disagree (see OwnRules for the rules themselves).
 */
interface PropertyRule {

    /** Why {@code value} is refused, completing "property 'x' = 'value' ...", or null when it passes. */
    String refusal(String value)

    /** What a value must be, as one clause without a full stop: the start of the rule sim-scaffold:list prints. */
    String sentence()
}
