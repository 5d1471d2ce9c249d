package dev.simscaffold.core.check;

/**
 * One failing test case: the generated value, the choices that produce it, and how it failed.
 *
 * @param <T> the generated type
 * @param value the generated value, or null if generation itself threw
 * @param choices the choice sequence that replays this test case
 * @param failure what the property (or the generator) threw
 */
public record Counterexample<T>(T value, ChoiceSequence choices, Throwable failure) {

    /**
     * Validates the components; the message of any failure names the bad component.
     *
     * @param value the {@code value} component
     * @param choices the {@code choices} component
     * @param failure the {@code failure} component
     */
    public Counterexample {
        if (choices == null || failure == null) {
            throw new NullPointerException("choices and failure must not be null");
        }
    }
}
