// sim-scaffold:new for the gossip type: the type and its own properties come from the catalog and the
// archetype jar, not from a list in the plugin; the generated project's tests pass as generated.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('SIM-SCAFFOLD REPORT')
assert log.contains("Location:      ${basedir}/membership (standalone project)")
assert basedir.list().findAll { it.startsWith('.sim-scaffold-') }.isEmpty()
assert new File(basedir, 'membership/src/main/java/com/example/MembershipNode.java').isFile()
assert new File(basedir, 'membership/.github/workflows/sim-campaign.yml').isFile()
assert log.readLines().any { it ==~ /.*Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0$/ }
assert log.contains('BUILD SUCCESS')
evaluate(new File(itSources, 'readme-count.groovy'))(new File(itSources), log, /The generated `mvn verify` runs (\d+) tests/, 'docs/reference/archetype-gossip.md')
assert !log.contains('BUILD FAILURE')
