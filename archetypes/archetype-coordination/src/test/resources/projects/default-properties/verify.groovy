// Batch mode with only groupId and artifactId: moduleName defaults to LeaseTable and invariants to none;
// the checks every archetype's defaults pass are in archetypes/src/archetype-it/verify-defaults.groovy.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
def verifyDefaults = evaluate(new File(basedir, '../verify-defaults.groovy'))
verifyDefaults(context.projectDir, basedir)
assert new File(context.projectDir, 'src/main/java/com/example/LeaseTableLogic.java').isFile()
return true
