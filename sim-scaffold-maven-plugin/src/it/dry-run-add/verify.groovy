// sim-scaffold:add -DdryRun=true: the files, the parent pom's one new line and the report are printed; the
// parent pom and everything else near the case stay byte for byte as they were.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO]   coordination/pom.xml')
assert log.contains("[INFO] and ${basedir}/pom.xml would get one line: <module>coordination</module>")
assert log.contains('SIM-SCAFFOLD REPORT')
assert log.contains("added as <module> of ${basedir}/pom.xml and inherits it")
assert !log.contains('sim-scaffold-dry-run-')
assert new File(basedir, 'pom.xml').bytes == new File(itSources, 'dry-run-add/pom.xml').bytes
evaluate(new File(itSources, 'tree.groovy')).assertUnchanged(basedir, new File(itSnapshots))
return true
