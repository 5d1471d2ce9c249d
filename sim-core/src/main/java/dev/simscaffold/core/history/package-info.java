/**
 * Client histories and the checkers that judge them. A {@link dev.simscaffold.core.history.HistoryRecorder}
 * records what clients of a simulation asked and learned (invoke, then ok, fail or info) at exact logical
 * times, into the trace; a {@link dev.simscaffold.core.history.Model} states the sequential specification;
 * {@link dev.simscaffold.core.history.HistoryChecker} decides whether the history is linearizable or
 * sequentially consistent, that is whether it could have
 * come from it, and explains a failure down to a minimal sub-history that keeps its cause, within its own budget.
 * {@link dev.simscaffold.core.history.KvHistoryFormat} reads Jepsen's and Porcupine's histories (EDN, JSON, log
 * lines, string key-value logs) with their semantics made explicit in
 * {@link dev.simscaffold.core.history.KvSemantics}; {@link dev.simscaffold.core.history.ListAppendChecker} finds the
 * transactional anomalies (G0 to G2) of list-append histories, as Jepsen's Elle does.
 *
 * <pre>{@code
 * History<KvOp, Long> history = History.<KvOp, Long>builder()
 *         .invoke("a", KvOp.write("x", 1)).ok("a", null)
 *         .invoke("b", KvOp.read("x")).ok("b", 0L)          // stale
 *         .build();
 * CheckResult<KvOp, Long> result = HistoryChecker.of(KvModel.kv()).linearizable(history);
 * }</pre>
 */
package dev.simscaffold.core.history;
