package dev.simscaffold.archetype.support

/**
 * A whole number within a range, written in plain decimal digits: no sign, no leading zero, no separator
 * and no fraction, because the value is copied into Java source as a literal.
 */
final class WholeNumber implements PropertyRule {

    /** What the number counts, as the start of a sentence ("How many nodes the simulated cluster has"). */
    final String meaning
    final long min
    final long max
    /** What one unit is ("ticks"), or null for a plain count. */
    final String unit

    WholeNumber(String meaning, long min, long max, String unit = null) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("a whole-number rule needs 0 <= min <= max, got ${min} to ${max}")
        }
        this.meaning = meaning
        this.min = min
        this.max = max
        this.unit = unit
    }

    @Override
    String refusal(String value) {
        boolean digits = value ==~ /0|[1-9][0-9]{0,17}/
        return digits && (value as long) >= min && (value as long) <= max ? null : "is not ${range()}"
    }

    @Override
    String sentence() {
        return "${meaning}: ${range()}"
    }

    /** "a whole number of ticks from 1 to 9999". */
    String range() {
        return "a whole number${unit == null ? '' : " of ${unit}"} from ${min} to ${max}"
    }
}
