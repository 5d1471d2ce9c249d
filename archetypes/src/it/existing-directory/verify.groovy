// The target directory exists and holds a user's files but no pom.xml, so the plugin only warns, writes
// into it and skips the template whose file is already there (README.md). The script sees files it
// did not write, removes every file generated and keeps the user's files as they were.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'artifactId' = 'leases': directory ", ['leases/README.md', 'leases/notes.txt'])
assert new File(basedir, 'leases/notes.txt').text == 'my notes: do not lose me\n'
assert new File(basedir, 'leases/README.md').text == '# my own readme\n'
assert new File(basedir, 'build.log').text.contains('holds files this archetype did not write (README.md, notes.txt)')
