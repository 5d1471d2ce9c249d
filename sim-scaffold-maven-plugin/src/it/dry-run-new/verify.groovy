// sim-scaffold:new -DdryRun=true: the files and the report are printed, nothing is written anywhere near
// the case (listing and SHA-256 before and after), and the misspelt -DmoduleNmae is warned about by name.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] sim-scaffold: unknown property moduleNmae; did you mean moduleName? -DmoduleNmae is ignored')
assert log.readLines().any { it ==~ /\[INFO\] sim-scaffold: dry run, nothing was written\. Without -DdryRun, \d+ files would be written in .*\/leases:/ }
assert log.contains('[INFO]   leases/pom.xml')
assert log.contains('[INFO]   leases/src/main/java/com/example/LeaseTableLogic.java')
assert log.contains('SIM-SCAFFOLD REPORT')
assert log.contains("Location:      ${basedir}/leases (standalone project)")
assert !log.contains('sim-scaffold-dry-run-')
assert !log.contains('Project created from Archetype in dir')
evaluate(new File(itSources, 'tree.groovy')).assertUnchanged(basedir, new File(itSnapshots))
return true
