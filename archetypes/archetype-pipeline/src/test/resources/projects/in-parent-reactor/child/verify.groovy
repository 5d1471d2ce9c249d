// Generated inside a pom-packaged project: archetypes/src/archetype-it/verify-in-parent.groovy checks that
// the parent lists the module, the module inherits the parent, and it builds green.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
def verifyInParent = evaluate(new File(basedir, '../../verify-in-parent.groovy'))
verifyInParent(context.projectDir, basedir)
return true
