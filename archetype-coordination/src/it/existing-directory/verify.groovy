// The target directory exists and holds a user's file (but no pom.xml, so the plugin only warns and
// writes into it): the script removes every file generated and keeps the user's file as it was.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'artifactId' = 'leases': directory ", ['leases/notes.txt'])
assert new File(basedir, 'leases/notes.txt').text == 'my notes: do not lose me\n'
assert new File(basedir, 'build.log').text.contains('holds files this archetype did not write (notes.txt)')
