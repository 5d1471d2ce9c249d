package dev.simscaffold.archetype.support

import dev.simscaffold.generator.api.Refusal

/**
 * The one rule that turns the ';'-separated {@code invariants} property into sentences and method names:
 * the sentence's letters and digits (any script) in lowerCamelCase, so "Every grant is logged" becomes
 * everyGrantIsLogged and "3 replicas agree" invariant3ReplicasAgree. The stubs live in a type of their
 * own (…PendingInvariants), so the only names to avoid are Java's reserved words and the methods every
 * object has: a static or test method named hashCode() would not compile.
 */
final class InvariantNames {

    /** Object's methods without parameters, which a method without parameters cannot hide or override as void. */
    static final Set<String> OBJECT_METHODS = ['hashCode', 'toString', 'getClass', 'notify', 'notifyAll', 'wait',
            'clone', 'finalize'] as Set

    private InvariantNames() {
    }

    /** The sentences, trimmed, without empty ones; "none" (the default) means none. */
    static List<String> sentences(String value) {
        if (value == null || value.trim().equalsIgnoreCase('none')) {
            return []
        }
        return value.split(';').collect { it.trim() }.findAll { !it.isEmpty() }
    }

    static String methodName(String sentence) {
        List<String> words = sentence.split(/[^\p{L}\p{Nd}]+/).findAll { !it.isEmpty() }
        if (words.isEmpty()) {
            return ''
        }
        String name = words[0].toLowerCase(Locale.ROOT) + words.drop(1).collect {
            it.substring(0, 1).toUpperCase(Locale.ROOT) + it.substring(1).toLowerCase(Locale.ROOT)
        }.join('')
        return Character.isDigit(name.codePointAt(0)) ? 'invariant' + name : name
    }

    /** Every named invariant as [sentence, method, javadoc] (the sentence as a Javadoc sentence, with its full stop). */
    static List<Map<String, String>> pending(String value) {
        return sentences(value).collect { String sentence ->
            [sentence: sentence, method: methodName(sentence), javadoc: sentence ==~ /.*[.!?]/ ? sentence : sentence + '.']
        }
    }

    /** Why the sentences cannot all become methods, naming the sentence, or null. */
    static Refusal problem(String value, Set<String> reserved) {
        Closure<Refusal> refused = { String reason -> Refusal.of('invariants', value, reason) }
        Map<String, String> seen = [:]
        for (Map<String, String> invariant : pending(value)) {
            String sentence = invariant.sentence
            String name = invariant.method
            if (name.isEmpty()) {
                return refused(": the sentence '${sentence}' has no letters or digits to name its method after")
            }
            if (reserved.contains(name)) {
                return refused(": the sentence '${sentence}' would be named '${name}', a reserved Java word; reword it")
            }
            if (OBJECT_METHODS.contains(name)) {
                return refused(": the sentence '${sentence}' would be named '${name}', a method every Java object has; reword it")
            }
            if (seen.containsKey(name)) {
                return refused(": the sentences '${seen[name]}' and '${sentence}' would both be named '${name}'; reword one")
            }
            seen[name] = sentence
        }
        return null
    }
}
