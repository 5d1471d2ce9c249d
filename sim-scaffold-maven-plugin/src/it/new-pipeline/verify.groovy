// sim-scaffold:new for the pipeline type: its own property reaches the generated policy, the adapter
// package is generated beside the pure logic, and the generated project's tests pass as generated.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('SIM-SCAFFOLD REPORT')
assert log.contains("Location:      ${basedir}/orders (standalone project)")
assert basedir.list().findAll { it.startsWith('.sim-scaffold-') }.isEmpty()
File sources = new File(basedir, 'orders/src/main/java/com/example')
assert new File(sources, 'OrderTotalsLogic.java').isFile()
assert new File(sources, 'CheckpointPolicy.java').getText('UTF-8').contains('new CheckpointPolicy(3, ')
assert new File(sources, 'adapter/FileCheckpointStore.java').isFile()
assert new File(basedir, 'orders/k8s/sim-campaign-job.yaml').isFile()
assert log.readLines().any { it ==~ /.*Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0$/ }
assert log.contains('BUILD SUCCESS')
evaluate(new File(itSources, 'readme-count.groovy'))(new File(itSources), log, /The generated `mvn verify` runs (\d+) tests/, 'docs/reference/archetype-pipeline.md')
assert !log.contains('BUILD FAILURE')
