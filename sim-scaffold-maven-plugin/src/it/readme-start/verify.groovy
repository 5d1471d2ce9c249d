// The README's "A 60-second start", step by step, with the commands and the edit read from README.md itself,
// so the page cannot drift from what works: (0) its install line runs verbatim in a copy of the checkout (its
// sources, without build output) into a local repository of its own, whose only other source is the outer build's
// repository, which holds no sim-scaffold artefact on a clean CI machine: so step 1 finds the plugin and the
// archetypes only because step 0 installed them; (1) its generate-and-verify line runs verbatim in bash from that
// copy (mktemp -d lands in a fresh directory outside it, as a reader's would: inside the checkout the report
// would print the checkout's reactor command instead of the README's); (2) the edit it describes is applied to the file it names, `verify` runs
// again and must fail with a report shaped like the README's sample (numbers may differ: the base seed is
// random per run); (3) the replay command that report printed runs in the module (its `mvn` is the checkout's
// wrapper) and fails with the same seed, step and tick, leaving a text trace and a Mermaid diagram.
import java.util.concurrent.TimeUnit
import java.util.regex.Pattern

File checkout = new File(itSources, '../../..').canonicalFile
String readme = new File(checkout, 'README.md').getText('UTF-8')
String start = readme.substring(readme.indexOf('## A 60-second start'), readme.indexOf('## Which type'))

// Forked builds read a repository of their own and the outer build's as a mirror.
File scratch = java.nio.file.Files.createTempDirectory('readme-start').toFile()
File settings = new File(basedir, 'readme-settings.xml')
settings.text = new File(checkout, 'archetypes/src/it/settings.xml').getText('UTF-8')
        .replace('@localRepositoryUrl@', new File(outerRepository).toURI().toString())
String mavenArgs = "-s ${settings} -Dmaven.repo.local=${new File(scratch, 'repository')}"
File root = new File(scratch, 'checkout')

def run = { File dir, String command, String name ->
    def process = new ProcessBuilder('bash', '-c', command).directory(dir).redirectErrorStream(true)
            .redirectOutput(new File(basedir, name + '.log'))
    process.environment().putAll(OLDPWD: root.path, TMPDIR: scratch.path, MAVEN_ARGS: mavenArgs)
    Process started = process.start()
    assert started.waitFor(15, TimeUnit.MINUTES): "${name}: still running after 15 minutes: ${command}"
    [exit: started.exitValue(), log: new File(basedir, name + '.log').getText('UTF-8')]
}

// 0. Install sim-scaffold: the line that installs, exactly as printed, in the copy.
assert root.mkdirs()
def copied = new ProcessBuilder('bash', '-c', 'tar --exclude=./.git --exclude=target -cf - . | tar -xf - -C "$0"', root.path)
        .directory(checkout).inheritIO().start()
assert copied.waitFor(5, TimeUnit.MINUTES) && copied.exitValue() == 0: "could not copy ${checkout} to ${root}"
String install = start.readLines().find { it.startsWith('./mvnw ') && it.contains(' install') }
assert install: 'README.md: no `./mvnw ... install ...` line in "A 60-second start"'
def installed = run(root, install, 'step0-install')
assert installed.exit == 0: "README step 0 failed (log: ${basedir}/step0-install.log)"

// 1. Generate a module and run its tests: the line that names the plugin's new goal, exactly as printed, run
// from the checkout (its `cd` makes $OLDPWD the checkout, as for a reader).
String generate = start.readLines().find { it.contains(':new ') && it.startsWith('cd "$(mktemp -d)"') }
assert generate: 'README.md: no `cd "$(mktemp -d)" && ... :new ...` line in "A 60-second start"'
def generated = run(root, generate, 'step1-generate')
assert generated.exit == 0: "README step 1 failed (log: ${basedir}/step1-generate.log)"
File temp = scratch.listFiles().find { it.directory && it.name.startsWith('tmp.') }
assert temp: 'mktemp -d made no directory under TMPDIR'
evaluate(new File(itSources, 'readme-count.groovy'))(new File(itSources), generated.log, /generated module's (\d+) tests/)

// 2. Watch a planted bug fail: the file, method and edit as the README words them.
def edit = start =~ /(?s)In `([^`]+)`, make `(\w+)`.*?change `([^`]+)` to\s+`([^`]+)`/
assert edit.find(): 'README.md: step 2 no longer reads "In `file`, make `method` ... change `from` to `to`"'
File logic = new File(temp, edit.group(1))
List<String> lines = logic.readLines('UTF-8')
int declaration = lines.findIndexOf { it =~ /\b${edit.group(2)}\(/ && it.trim().endsWith('{') }
assert declaration >= 0: "${edit.group(1)} has no method ${edit.group(2)}"
int first = (declaration + 1..<lines.size()).find { !lines[it].trim().isEmpty() }
assert lines[first].count(edit.group(3)) == 1: "the first line of ${edit.group(2)} is not where the README says: ${lines[first]}"
lines[first] = lines[first].replace(edit.group(3), edit.group(4))
logic.write(lines.join('\n') + '\n', 'UTF-8')
String verify = generate.substring(generate.lastIndexOf('"$OLDPWD/mvnw"'))
def planted = run(temp, verify, 'step2-planted')
assert planted.exit != 0: "README step 2: verify passed with the planted bug (log: ${basedir}/step2-planted.log)"

// The README's sample report, numbers generalised (a seed may be negative), found line after line in the build's output.
def sample = (start =~ /(?s)```\n(invariant violated:.*?)```/)
assert sample.find(): 'README.md: step 2 shows no sample report starting "invariant violated:"'
List<Pattern> shape = sample.group(1).readLines().collect { line ->
    Pattern.compile(Pattern.quote(line.trim()).replaceAll(/-?\d+/, '\\\\E-?\\\\d+\\\\Q'))
}
List<String> output = planted.log.readLines()*.trim()
Integer at = (0..<output.size()).find { i -> (0..<shape.size()).every { k -> i + k < output.size() && shape[k].matcher(output[i + k]).find() } }
assert at != null: "README step 2: no report shaped like the README's sample in ${basedir}/step2-planted.log"
String seedLine = output[at + 2]
String replay = output[at + 4]
assert replay.startsWith('mvn test ')

// 3. Replay its seed: the printed command in the module, the checkout's wrapper standing in for `mvn`.
File module = new File(temp, edit.group(1).substring(0, edit.group(1).indexOf('/')))
def printed = replay =~ /-Dtest='([^']+)' -Dsim\.seed=(-?\d+)$/
assert printed.find(): "the printed replay command names no test and seed: ${replay}"
File traces = new File(module, 'target/sim-traces')
assert traces.deleteDir()
def replayed = run(module, '"$OLDPWD/mvnw" -B' + replay.substring('mvn'.length()), 'step3-replay')
assert replayed.exit != 0: "README step 3: the replay passed (log: ${basedir}/step3-replay.log)"
assert replayed.log.readLines()*.trim().contains(seedLine): "README step 3: the replay did not fail at `${seedLine}`"
String base = printed.group(1).replace('#', '.') + '.seed_' + printed.group(2)
assert new File(traces, base + '.txt').text.contains(printed.group(2)): "README step 3: no text trace ${base}.txt naming the seed"
assert new File(traces, base + '.md').text.contains('sequenceDiagram'): "README step 3: no Mermaid diagram ${base}.md"
assert scratch.deleteDir()
return true
