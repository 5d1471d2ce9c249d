// A nested package, a custom module name and a checkpoint after every record reach every file name,
// package and type reference (archetypes/src/archetype-it/verify-custom-names.groovy), the adapter
// package below the custom one, and the simulation, and the module is green.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyCustomNames = evaluate(new File(basedir, '../verify-custom-names.groovy'))
verifyCustomNames(projectDir, basedir)

assert new File(projectDir, 'src/main/java/com/example/billing/lines/CheckpointPolicy.java').text.contains('new CheckpointPolicy(1, 50);')
assert new File(projectDir, 'src/main/java/com/example/billing/lines/adapter/FileCheckpointStore.java').text.startsWith('package com.example.billing.lines.adapter;')
assert new File(projectDir, 'README.md').text.contains('records (1 in this module)')
return true
