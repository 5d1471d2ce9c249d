package dev.simscaffold.core.check;

/**
 * How one test case ended, with the choices it made.
 *
 * @param <T> the generated type
 */
record Outcome<T>(Status status, T value, ChoiceSequence choices, Throwable failure, String discardReason) {

    enum Status { PASSED, FAILED, DISCARDED }

    boolean failed() {
        return status == Status.FAILED;
    }

    Counterexample<T> counterexample() {
        return new Counterexample<>(value, choices, failure);
    }
}
