// Interactive mode as a user at a terminal answers it: a forked Maven without -B, whose standard input
// carries the answers, against the staged IT repository with the settings of every other case. One run
// accepts the defaults it offers (into interactive/), one answers a bad package (into refused/); what each
// printed is kept for verify.groovy.
String executable = System.getProperty('os.name').startsWith('Windows') ? 'mvn.cmd' : 'mvn'
File maven = new File(System.getProperty('maven.home'), "bin/${executable}")
// Invoker interpolates the shared settings.xml into the directory it clones the cases to.
File settings = new File(basedir.parentFile, 'interpolated-settings.xml')
assert maven.canExecute(): "no Maven at ${maven}"
assert settings.isFile(): "no interpolated settings at ${settings}"

def generate = { String directory, List<String> answers ->
    File dir = new File(basedir, directory)
    dir.mkdirs()
    List<String> command = [maven.path, '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}", archetypeGenerateGoal,
            '-DarchetypeCatalog=local', "-DarchetypeGroupId=${archetypeGroupId}", "-DarchetypeArtifactId=${archetypeArtifactId}",
            "-DarchetypeVersion=${archetypeVersion}"]*.toString()
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    builder.redirectOutput(new File(basedir, "${directory}.log"))
    Process process = builder.start()
    process.outputStream.withWriter('UTF-8') { it.write(answers.join('\n') + '\n') }
    if (!process.waitFor(15, java.util.concurrent.TimeUnit.MINUTES)) {
        process.destroyForcibly()
        assert false: "interactive archetype:generate in ${directory} did not finish in 15 minutes"
    }
    new File(basedir, "${directory}.exit").text = process.exitValue()
}

// groupId, artifactId, the package offered (the groupId) accepted with an empty line, then the confirmation.
generate('interactive', ['com.example', 'leases', '', 'Y'])
generate('refused', ['com.example', 'leases', 'java.leases', 'Y'])
return true
