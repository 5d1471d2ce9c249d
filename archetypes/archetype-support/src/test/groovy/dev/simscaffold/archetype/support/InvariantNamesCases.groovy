package dev.simscaffold.archetype.support

/** The sentence -> method-name rule and the names it must not produce. */
class InvariantNamesCases {

    private final Set<String> reserved = JavaNames.RESERVED

    void 'sentences become lowerCamelCase names of their letters and digits'() {
        assert InvariantNames.methodName('Every grant is recorded before it is announced') == 'everyGrantIsRecordedBeforeItIsAnnounced'
        assert InvariantNames.methodName("a worker's lease never outlives its session") == 'aWorkerSLeaseNeverOutlivesItsSession'
        assert InvariantNames.methodName('3 replicas agree on the holder') == 'invariant3ReplicasAgreeOnTheHolder'
        assert InvariantNames.methodName('Größe bleibt gleich') == 'größeBleibtGleich'
    }

    void '"none", blanks and empty sentences name nothing'() {
        assert InvariantNames.sentences('none') == []
        assert InvariantNames.sentences(' NONE ') == []
        assert InvariantNames.sentences(' a ;; b ; ') == ['a', 'b']
    }

    void 'each sentence ends as a Javadoc sentence'() {
        assert InvariantNames.pending('epochs only grow; is it live?')*.javadoc == ['epochs only grow.', 'is it live?']
    }

    void 'names every Java object already has are refused: the stub would not compile'() {
        assert InvariantNames.problem('hash code', reserved).message() == "property 'invariants' = 'hash code': the sentence 'hash code' would be named 'hashCode', a method every Java object has; reword it"
        assert InvariantNames.problem('epochs grow; To String', reserved)?.message().contains("would be named 'toString'")
        assert InvariantNames.problem('get class', reserved)?.message().contains("'getClass'")
    }

    void 'reserved words, empty names and duplicates are refused'() {
        assert InvariantNames.problem('new', reserved)?.message().contains("would be named 'new', a reserved Java word")
        assert InvariantNames.problem('!!!', reserved)?.message().contains('has no letters or digits')
        assert InvariantNames.problem('epochs grow; Epochs grow!', reserved)?.message().contains("the sentences 'epochs grow' and 'Epochs grow!' would both be named 'epochsGrow'")
    }

    void 'the names of the example can be reused: stubs live in their own type'() {
        assert InvariantNames.problem('standard; at most one live holder', reserved) == null
    }
}
