package dev.simscaffold.core.check;

/**
 * How one test case ended, with everything it drew.
 *
 * @param <T> the generated type
 */
record Outcome<T>(Status status, T value, DrawLog log, Throwable failure, String discardReason) {

    enum Status { PASSED, FAILED, DISCARDED }

    boolean failed() {
        return status == Status.FAILED;
    }

    ChoiceSequence choices() {
        return log.choices();
    }

    Counterexample<T> counterexample() {
        return new Counterexample<>(value, log.choices(), log.spans(), log.decisions(), failure);
    }
}
