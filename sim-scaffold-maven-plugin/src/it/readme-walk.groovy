// The steps a reader takes after a module is generated, as the docs word them, for readme-start: how a failing
// report is recognised (a sample the docs print, numbers generalised), how its printed replay command is run
// (`mvn` swapped for the form the README gives a reader with only a JDK) and what the replay must show, and how a
// generated module's README "Watch a planted bug fail" is followed: the edit it describes applied to the file it
// names, its test command run, its sample report found, its printed command replayed.
import java.util.concurrent.TimeUnit
import java.util.regex.Pattern

/** A build a reader runs, in bash from a directory, its output kept in the case's directory under the name. */
def runner = { File basedir, Map<String, String> environment ->
    return { File dir, String command, String name ->
        def process = new ProcessBuilder('bash', '-c', command).directory(dir).redirectErrorStream(true)
                .redirectOutput(new File(basedir, name + '.log'))
        process.environment().putAll(environment)
        Process started = process.start()
        assert started.waitFor(15, TimeUnit.MINUTES): "${name}: still running after 15 minutes: ${command}"
        [exit: started.exitValue(), log: new File(basedir, name + '.log').getText('UTF-8')]
    }
}

/**
 * Finds, line after line in a build's output, a report shaped like a sample the docs print (its numbers may
 * differ: the base seed is random per run) and returns its seed line and the printed replay command.
 */
def report = { String sample, String log, String where ->
    List<Pattern> shape = sample.readLines().collect { line ->
        Pattern.compile(Pattern.quote(line.trim()).replaceAll(/-?\d+/, '\\\\E-?\\\\d+\\\\Q'))
    }
    List<String> output = log.readLines()*.trim()
    Integer at = (0..<output.size()).find { i -> (0..<shape.size()).every { k -> i + k < output.size() && shape[k].matcher(output[i + k]).find() } }
    assert at != null: "${where}: no report shaped like the docs' sample"
    int seed = shape.findIndexOf { it.pattern().startsWith('\\Qseed ') }
    int replay = shape.findIndexOf { it.pattern().startsWith('\\Qmvn test ') }
    assert seed >= 0 && replay >= 0: "${where}: the docs' sample shows no `seed ...` line or no `mvn test ...` command"
    [seedLine: output[at + seed], replay: output[at + replay]]
}

/**
 * Runs a printed replay command where the reader stands, with the README's stand-in for `mvn`, and checks that
 * it fails at the same seed, step and tick and writes the text trace and the Mermaid diagram of that seed.
 */
def replay = { Closure run, File stand, String mvn, File module, Map printedReport, String name ->
    def printed = printedReport.replay =~ /^mvn test -Dtest='([^']+)' -Dsim\.seed=(-?\d+)$/
    assert printed.find(): "${name}: the printed replay command names no test and seed: ${printedReport.replay}"
    File traces = new File(module, 'target/sim-traces')
    assert traces.deleteDir()
    def replayed = run(stand, mvn + printedReport.replay.substring('mvn'.length()), name)
    assert replayed.exit != 0: "${name}: the replay passed (log: ${name}.log)"
    assert replayed.log.readLines()*.trim().contains(printedReport.seedLine): "${name}: the replay did not fail at `${printedReport.seedLine}`"
    String base = printed.group(1).replace('#', '.') + '.seed_' + printed.group(2)
    assert new File(traces, base + '.txt').text.contains(printed.group(2)): "${name}: no text trace ${base}.txt naming the seed"
    assert new File(traces, base + '.md').text.contains('sequenceDiagram'): "${name}: no Mermaid diagram ${base}.md"
    return true
}

/**
 * Follows "Watch a planted bug fail" in a generated module's README: the file it names (by name, source
 * root and package), the edit it describes (change one text to another, or swap two lines), the test command
 * it prints, which must fail with a report shaped like its sample, and the replay of that report's command.
 */
def plantAndReplay = { Closure run, File stand, String mvn, File module, String name ->
    String page = new File(module, 'README.md').getText('UTF-8')
    String heading = 'Watch a planted bug fail\n'
    assert page.contains(heading): "${name}: the module's README has no section \"Watch a planted bug fail\""
    String rest = page.substring(page.indexOf(heading) + heading.length())
    def next = rest =~ /\n[^\n]+\n-{3,}\n/
    String section = next.find() ? rest.substring(0, next.start()) : rest

    def named = section =~ /In `([\w]+\.java)` \(under `([^`]+)`, package `([\w.]+)`\)/
    assert named.find(): "${name}: the section names no file as \"In `Name.java` (under `root`, package `p`)\""
    File source = new File(module, named.group(2) + '/' + named.group(3).replace('.', '/') + '/' + named.group(1))
    assert source.isFile(): "${name}: the README names ${source}, which the generator did not write"
    String text = source.getText('UTF-8')
    def change = section =~ /(?s)change `([^`]+)` to\s+`([^`]+)`/
    def swap = section =~ /(?s)swap its lines `([^`]+)` and\s+`([^`]+)`/
    if (change.find()) {
        assert text.count(change.group(1)) == 1: "${name}: `${change.group(1)}` is not once in ${named.group(1)}"
        text = text.replace(change.group(1), change.group(2))
    } else {
        assert swap.find(): "${name}: the section describes no edit (\"change `a` to `b`\" or \"swap its lines `a` and `b`\")"
        List<String> lines = text.readLines()
        int first = lines.findIndexOf { it.contains(swap.group(1)) }
        int second = lines.findIndexOf { it.contains(swap.group(2)) }
        assert first >= 0 && second >= 0 && lines.count { it.contains(swap.group(1)) || it.contains(swap.group(2)) } == 2:
                "${name}: the lines to swap are not each once in ${named.group(1)}"
        String kept = lines[first]
        lines[first] = lines[second]
        lines[second] = kept
        text = lines.join('\n') + '\n'
    }
    source.write(text, 'UTF-8')

    def blocks = (section =~ /(?s)```\n(.*?)```/).collect { it[1] }
    String test = blocks.find { it.startsWith('mvn ') }?.trim()
    String sample = blocks.find { it.startsWith('invariant violated:') }
    assert test && !test.contains('\n'): "${name}: the section shows no one-line `mvn ...` command to run"
    assert sample: "${name}: the section shows no sample report starting \"invariant violated:\""
    def planted = run(stand, mvn + test.substring('mvn'.length()), name + '-planted')
    assert planted.exit != 0: "${name}: `${test}` passed with the planted bug (log: ${name}-planted.log)"
    replay(run, stand, mvn, module, report(sample, planted.log, "${name}-planted.log"), name + '-replay')
}

return [runner: runner, report: report, replay: replay, plantAndReplay: plantAndReplay]
