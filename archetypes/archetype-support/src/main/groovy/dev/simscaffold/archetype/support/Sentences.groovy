package dev.simscaffold.archetype.support

/**
 * The invariants property: ';'-separated sentences, each copied into a string literal and a Javadoc comment, so
 * none may end that comment; the characters no value may carry are refused before this rule (PropertyRules), and
 * the method names the sentences become are checked after every rule (InvariantNames).
 */
final class Sentences implements PropertyRule {

    @Override
    String refusal(String value) {
        return value.contains('*/') ? "contains '*/', which would end the Javadoc comment it is copied into" : null
    }

    @Override
    String sentence() {
        return "';'-separated sentences copied into string literals and Javadoc: no '\$', '#', '\"', backslash, line break or '*/'"
    }
}
