package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.List;

/**
 * One anomaly of a list-append history, with the transactions involved and a sentence per step of the
 * argument: for a cycle, one sentence per edge, the last ending in the contradiction.
 *
 * @param type what kind of anomaly
 * @param txns the transactions involved; for a cycle, in cycle order (the first is not repeated)
 * @param steps the explanation, one sentence each
 */
@Api(Api.Status.EXPERIMENTAL)
public record TxnAnomaly(TxnAnomalyType type, List<Operation<Txn, Txn>> txns, List<String> steps) {

    /**
     * Copies the lists.
     *
     * @param type the anomaly type
     * @param txns the transactions, copied
     * @param steps the sentences, copied
     */
    public TxnAnomaly {
        txns = List.copyOf(txns);
        steps = List.copyOf(steps);
    }

    /**
     * Renders the anomaly: its type, the transactions as T1, T2... and the sentences.
     *
     * @return the text
     */
    public String describe() {
        StringBuilder text = new StringBuilder(type.name()).append('\n');
        for (int i = 0; i < txns.size(); i++) {
            text.append("  T").append(i + 1).append(" = ").append(txns.get(i).describe()).append('\n');
        }
        steps.forEach(step -> text.append("  - ").append(step).append('\n'));
        return text.toString();
    }
}
