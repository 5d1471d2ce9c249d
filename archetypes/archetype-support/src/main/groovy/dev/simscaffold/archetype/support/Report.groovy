package dev.simscaffold.archetype.support

/**
 * The SIM-SCAFFOLD REPORT printed after a generation: what was made, where, what to do next and the
 * commands that run and replay the tests, quoted for the shell. The archetype's spec fills in its type,
 * pattern, shipped invariants and next steps.
 */
final class Report {

    private Report() {
    }

    /**
     * @param spec the archetype's spec
     * @param values the properties
     * @param module [dir, pom, filesCreated, parentPom (null when standalone), notes]
     */
    static String render(Map spec, Map<String, String> values, Map module) {
        List<Map<String, String>> pending = InvariantNames.pending(values.invariants)
        Closure<String> fill = { String text -> Text.fill(text, values) }
        StringBuilder out = new StringBuilder('\nSIM-SCAFFOLD REPORT\n===================\n')
        line(out, 'Module:', "${values.artifactId} (${values.groupId}:${values.artifactId}:${values.version}, package ${values.package})")
        line(out, 'Type:', "${spec.type} (${spec.archetype}, sim-core ${values.simVersion})")
        line(out, 'Location:', "${module.dir} (${module.parentPom ? "added as <module> of ${module.parentPom} and inherits it" : 'standalone project'})")
        module.notes.each { line(out, 'Note:', it) }
        line(out, 'Files created:', module.filesCreated)
        line(out, 'Pattern:', fill(spec.pattern))
        out << 'Checks shipped with the example (each proven by PlantedBugTest):\n'
        numbered(out, spec.shippedInvariants)
        out << 'Invariants to implement:\n'
        if (pending.isEmpty()) {
            out << '  (none named; pass -Dinvariants="first sentence; second sentence" to get stubs)\n'
        } else {
            numbered(out, pending.collect { "${it.sentence} -> ${fill(spec.pendingType)}.${it.method}() (its test is skipped until implemented)" })
        }
        out << 'Next steps:\n'
        numbered(out, (pending.isEmpty() ? [] : [spec.pendingStep]) + spec.nextSteps, fill)
        out << 'Run the tests:\n'
        List<String> run = module.parentPom ? ['mvn', '-f', module.parentPom.path, '-pl', values.artifactId, '-am', 'verify']
                : ['mvn', '-f', module.pom.path, 'verify']
        out << "  ${Shell.command(run)}\n"
        out << 'Replay a failing seed:\n'
        List<String> replay = ['mvn', '-f', module.pom.path, 'test', "-Dtest=${fill(spec.replayTest)}#<method>", '-Dsim.seed=<seed>']
        out << "  ${Shell.command(replay)}  (a failure prints the exact command)\n"
        return out.toString()
    }

    private static void line(StringBuilder out, String label, Object value) {
        out << label.padRight(15) << value << '\n'
    }

    private static void numbered(StringBuilder out, List items, Closure<String> fill = { it }) {
        items.eachWithIndex { item, int i -> out << "  ${i + 1}. ${fill(item as String)}\n" }
    }
}
