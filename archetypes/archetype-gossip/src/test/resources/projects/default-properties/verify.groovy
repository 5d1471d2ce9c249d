// Batch mode with only groupId and artifactId: moduleName defaults to Membership, invariants to none, the
// cluster to 5 nodes gossiping every 10 ticks to 2 peers and suspecting after 60 (the snapshot pins the
// whole output); the checks every archetype's defaults pass are in
// archetypes/src/archetype-it/verify-defaults.groovy.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyDefaults = evaluate(new File(basedir, '../verify-defaults.groovy'))
verifyDefaults(projectDir, basedir)

// No warning of any kind, the SLF4J provider warning of ArchUnit's slf4j-api included.
String log = new File(projectDir, 'build.log').text
assert !log.contains('SLF4J'): 'slf4j-api found no provider: slf4j-nop is missing'
assert log.readLines().findAll { it.contains('[WARNING]') }.isEmpty()
return true
