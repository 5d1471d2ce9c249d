package dev.simscaffold.archetype.support

import dev.simscaffold.generator.api.Refusal

import java.util.function.Function

/**
 * A rule between whole-number properties, checked once each has passed its own rule: the property's value
 * compared with a bound computed from the others. The bound is code (a function of the values), shown in a
 * refusal as its expression, with the inputs it was computed from. An archetype's spec declares its comparisons
 * (`comparisons`), so that a bound can call the archetype's own code: archetype-gossip's failure-timeout bound is
 * its example's MembershipConfig.shortestFailureTimeout, the method the generated module's requireFits calls.
 */
final class Comparison {

    final String property
    /** One of {@code <, <=, >, >=}. */
    final String operator
    /** The bound as a user reads it, such as "nodes". */
    final String expression
    /** The properties the bound is computed from, in the order a refusal names them. */
    final List<String> inputs
    final Function<Map<String, BigDecimal>, BigDecimal> bound
    /** Why the rule exists, ending a refusal. */
    final String reason

    Comparison(String property, String operator, String expression, List<String> inputs,
               Function<Map<String, BigDecimal>, BigDecimal> bound, String reason) {
        if (!(operator in ['<', '<=', '>', '>='])) {
            throw new IllegalArgumentException("a comparison rule needs <, <=, > or >=, got '${operator}'")
        }
        this.property = property
        this.operator = operator
        this.expression = expression
        this.inputs = inputs
        this.bound = bound
        this.reason = reason
    }

    /** The properties this rule reads: it applies only to an archetype that takes all of them. */
    List<String> properties() {
        return [property] + inputs
    }

    /**
     * Why the values break the rule, as "property 'fanout' = '5' must be < nodes = 5: ...", or null.
     *
     * @param values every value, each already a whole number by its own rule
     */
    Refusal refusal(Map<String, String> values) {
        Map<String, BigDecimal> numbers = properties().collectEntries { [(it): new BigDecimal(values[it])] }
        BigDecimal limit = bound.apply(numbers)
        BigDecimal value = numbers[property]
        int order = value <=> limit
        boolean holds = [('<'): order < 0, ('<='): order <= 0, ('>'): order > 0, ('>='): order >= 0][operator]
        if (holds) {
            return null
        }
        String shownInputs = inputs == [expression] ? '' : " with ${inputs.collect { "${it} = ${values[it]}" }.join(', ')}"
        return Refusal.of(property, values[property], "must be ${operator} ${expression} = " +
                "${limit.stripTrailingZeros().toPlainString()}${shownInputs}: ${reason}")
    }

    /** The rule in words, for sim-scaffold:list: "must be < nodes: a node gossips to peers other than itself". */
    String sentence() {
        return "must be ${operator} ${expression}: ${reason}"
    }
}
