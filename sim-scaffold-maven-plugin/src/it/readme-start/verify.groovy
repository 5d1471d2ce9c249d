// The README's "A 60-second start", step by step, with the commands and the edit read from README.md itself,
// so the page cannot drift from what works: (0) its install line runs verbatim in a copy of the checkout (its
// sources, without build output) into a local repository of its own, whose only other source is the outer build's
// repository, which holds no sim-scaffold artefact on a clean CI machine: so step 1 finds the plugin and the
// archetypes only because step 0 installed them; (1) its generate-and-verify line runs verbatim in bash from that
// copy (mktemp -d lands in a fresh directory outside it, as a reader's would: inside the checkout the report
// would print the checkout's reactor command instead of the README's); (2) the edit it describes is applied to the file it names, `verify` runs
// again and must fail with a report shaped like the README's sample (numbers may differ: the base seed is
// random per run); (3) the replay command that report printed runs where step 1 left the reader, its `mvn`
// replaced by the checkout's wrapper in the form the README gives a reader with only a JDK, and fails with the same seed, step and tick,
// leaving a text trace and a Mermaid diagram. Then (4) the other types as "Which type for which system" tells a
// reader to try them: each generate-and-verify line verbatim, then the generated module's own README, "Watch a
// planted bug fail", followed as written (readme-walk.groovy), its `mvn` replaced as the README says.
import java.util.concurrent.TimeUnit

File checkout = new File(itSources, '../../..').canonicalFile
String readme = new File(checkout, 'README.md').getText('UTF-8')
String start = readme.substring(readme.indexOf('## A 60-second start'), readme.indexOf('## Which type'))
String types = readme.substring(readme.indexOf('## Which type'), readme.indexOf('## Documentation'))
def walk = evaluate(new File(itSources, 'readme-walk.groovy'))

// Forked builds read a repository of their own and the outer build's as a mirror.
File scratch = java.nio.file.Files.createTempDirectory('readme-start').toFile()
File settings = new File(basedir, 'readme-settings.xml')
settings.text = new File(checkout, 'archetypes/src/it/settings.xml').getText('UTF-8')
        .replace('@localRepositoryUrl@', new File(outerRepository).toURI().toString())
String mavenArgs = "-s ${settings} -Dmaven.repo.local=${new File(scratch, 'repository')}"
File root = new File(scratch, 'checkout')
def run = walk.runner(basedir, [OLDPWD: root.path, TMPDIR: scratch.path, MAVEN_ARGS: mavenArgs])

/** Runs a generate line from the checkout and returns the fresh directory its `cd "$(mktemp -d)"` made. */
def generateFrom = { String line, String name ->
    Set<File> before = scratch.listFiles() as Set
    def generated = run(root, line, name)
    assert generated.exit == 0: "${name} failed (log: ${basedir}/${name}.log)"
    File temp = scratch.listFiles().find { it.directory && it.name.startsWith('tmp.') && !before.contains(it) }
    assert temp: "${name}: mktemp -d made no directory under TMPDIR"
    [temp: temp, log: generated.log]
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
def generated = generateFrom(generate, 'step1-generate')
File temp = generated.temp
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
def sample = (start =~ /(?s)```\n(invariant violated:.*?)```/)
assert sample.find(): 'README.md: step 2 shows no sample report starting "invariant violated:"'
def printed = walk.report(sample.group(1), planted.log, 'README step 2 (step2-planted.log)')

// 3. Replay its seed: the printed command, run where step 1 left the reader, with the README's stand-in for `mvn`.
File module = new File(temp, edit.group(1).substring(0, edit.group(1).indexOf('/')))
def stand = start =~ /`([^`]+)` in place of `mvn`/
assert stand.find(): 'README.md: step 3 gives no "`...` in place of `mvn`" for a reader with only a JDK'
walk.replay(run, temp, stand.group(1), module, printed, 'step3-replay')

// 4. The other types, as "Which type for which system" tells a reader to try them: each generate-and-verify line
// verbatim from the checkout, then the module's README followed as written, `mvn` replaced as the README says.
def others = types =~ /(?s)\*\*Try gossip or pipeline the same way\*\*.*?```sh\n(.*?)```/
assert others.find(): 'README.md: "Which type for which system" shows no **Try gossip or pipeline the same way** block'
def inPlace = types =~ /`([^`]* -f )\S+\/pom\.xml`(?:\s*\(or `[^`]+`\))? in place of `mvn`/
assert inPlace.find(): 'README.md: "Which type for which system" gives no "`... -f <module>/pom.xml` in place of `mvn`"'
List<String> lines4 = others.group(1).readLines()
def property = { String line, String name -> (line =~ /-D${name}=(\S+)/).with { it.find() ? it.group(1) : null } }
assert lines4.collect { property(it, 'type') } == ['gossip', 'pipeline']: "README.md: the block should generate gossip and pipeline: ${lines4}"
lines4.each { line ->
    String type = property(line, 'type')
    String artifact = property(line, 'artifactId')
    assert types.contains("`${artifact}/pom.xml`") || types.contains("-f ${artifact}/pom.xml`"):
            "README.md: no `${artifact}/pom.xml` for the ${type} module's `mvn`"
    File made = generateFrom(line, "step4-${type}-generate").temp
    walk.plantAndReplay(run, made, inPlace.group(1) + artifact + '/pom.xml', new File(made, artifact), "step4-${type}")
}
assert scratch.deleteDir()
return true
