// sim-scaffold:list and sim-scaffold:help: every type of the catalog with its archetype, each property
// with its default and its rule in words (from the rule objects, never an expression), and
// help's goals; both leave the directory as it was.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('BUILD FAILURE')
assert log.contains('coordination: sim-scaffold Type A: a coordination module')
assert log.contains('from the archetype dev.simscaffold:archetype-coordination:')
List<String> properties = log.readLines().findAll { it ==~ /\[INFO\]     \w+ .*/ }*.substring(11)
List<String> names = properties.collect { it.split(/\s+/)[0] }.unique()
assert names.take(7) == ['groupId', 'artifactId', 'version', 'package', 'moduleName', 'invariants', 'simVersion']
// The gossip type's own properties, read from its archetype jar, with their rules in words.
assert log.contains('gossip: sim-scaffold Type B')
assert names.containsAll(['nodes', 'fanout', 'gossipInterval', 'failureTimeout'])
assert log.contains('pipeline: sim-scaffold Type C')
assert properties.any { it ==~ /checkpointEvery +default 5 +.*/ }
assert properties.any { it ==~ /groupId +required +Maven coordinates: letters, digits.*/ }
assert properties.any { it ==~ /package +default \$\{groupId\} +Dot-separated identifiers, none a reserved word.*/ }
assert properties.any { it ==~ /moduleName +default LeaseTable +The prefix of the generated type names.*/ }
assert !log.contains('(?!'): 'a rule was printed as its expression'
assert log.contains('none may contain a dollar sign, a hash sign, a double quote, a backslash, a line break.')
assert log.count('Types (-Dtype=...):') == 2
assert log.count('Goals:') == 1
assert log.contains('new and add check every property before anything is written and refuse with one message naming the property and its value')
assert log.contains('with -DdryRun=true they print the files and the report and write nothing')
evaluate(new File(itSources, 'tree.groovy')).assertUnchanged(basedir, new File(itSnapshots))
