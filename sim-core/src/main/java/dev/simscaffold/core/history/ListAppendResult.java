package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link ListAppendChecker} found: the anomalies, each type at most a bounded number of times, and
 * what it could not finish.
 *
 * @param transactions how many transactions were analysed
 * @param anomalies the anomalies found, grouped by type in {@link TxnAnomalyType} order
 * @param incomplete what the cycle search left unfinished within its budget (empty when it finished): the
 *        anomalies found stand, but smaller cycles or other types may exist
 */
@Api(Api.Status.EXPERIMENTAL)
public record ListAppendResult(int transactions, List<TxnAnomaly> anomalies, List<String> incomplete) {

    /**
     * Copies the lists.
     *
     * @param transactions how many transactions
     * @param anomalies the anomalies, copied
     * @param incomplete what was left unfinished, copied
     */
    public ListAppendResult {
        anomalies = List.copyOf(anomalies);
        incomplete = List.copyOf(incomplete);
    }

    /**
     * Tells whether the history is free of anomalies. A history with none found but an unfinished cycle
     * search is not called valid: see {@link #verdict()}.
     *
     * @return true when no anomaly was found and the search finished
     */
    public boolean valid() {
        return verdict() == Verdict.OK;
    }

    /**
     * Returns the verdict: violated when an anomaly was found, unknown when none was but the search did not
     * finish, ok otherwise.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        if (!anomalies.isEmpty()) {
            return Verdict.VIOLATED;
        }
        return incomplete.isEmpty() ? Verdict.OK : Verdict.UNKNOWN;
    }

    /**
     * Returns the types of the anomalies found.
     *
     * @return the types, in {@link TxnAnomalyType} order
     */
    public Set<TxnAnomalyType> types() {
        Set<TxnAnomalyType> types = EnumSet.noneOf(TxnAnomalyType.class);
        anomalies.forEach(anomaly -> types.add(anomaly.type()));
        return types;
    }

    /**
     * Renders the result for a report.
     *
     * @return the text
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(transactions).append(" transactions: ").append(switch (verdict()) {
            case OK -> "no anomaly";
            case VIOLATED -> "anomalies " + types();
            case UNKNOWN -> "no anomaly found, but the search did not finish";
        }).append('\n');
        anomalies.forEach(anomaly -> text.append(anomaly.describe()));
        incomplete.forEach(missing -> text.append(missing).append('\n'));
        return text.toString();
    }
}
