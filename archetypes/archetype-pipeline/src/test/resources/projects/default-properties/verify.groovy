// Batch mode with only groupId and artifactId: moduleName defaults to OrderTotals, invariants to none,
// checkpointEvery to 5 (the snapshot pins the whole output); the checks every archetype's defaults pass
// are in archetypes/src/archetype-it/verify-defaults.groovy.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyDefaults = evaluate(new File(basedir, '../verify-defaults.groovy'))
verifyDefaults(projectDir, basedir)

assert new File(projectDir, 'src/main/java/com/example/CheckpointPolicy.java').text.contains('new CheckpointPolicy(5, 50);')
// The adapter tests ran on a real temporary directory, in the adapter package.
assert new File(projectDir, 'target/surefire-reports/TEST-com.example.adapter.FileAdaptersTest.xml').isFile()
return true
