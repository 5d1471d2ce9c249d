// A nested package and a custom module name reach every file name, package and type reference
// (archetypes/src/archetype-it/verify-custom-names.groovy).
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
def verifyCustomNames = evaluate(new File(basedir, '../verify-custom-names.groovy'))
verifyCustomNames(context.projectDir, basedir)
return true
