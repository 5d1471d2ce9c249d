// Interactive mode (see setup.groovy): Maven asks for groupId, artifactId and package (offering the groupId),
// lists every property once and asks to confirm; the accepted answers generate exactly what batch mode
// generates from the same values; a bad answer is refused after confirmation with the machine's message,
// leaving nothing behind.
String accepted = new File(basedir, 'interactive.log').getText('UTF-8')
assert new File(basedir, 'interactive.exit').text == '0': accepted
["Define value for property 'groupId': ", "Define value for property 'artifactId': ", "Define value for property 'package' com.example: "].each {
    assert accepted.contains(it): "no prompt \"${it}\" in interactive.log"
}
String confirmation = accepted.substring(accepted.indexOf('Confirm properties configuration:\n') + 'Confirm properties configuration:\n'.length())
List<String> listed = confirmation.substring(0, confirmation.indexOf('\n Y: ')).readLines()
List<String> keys = listed.collect { it.substring(0, it.indexOf(': ')) }
assert keys.size() == (keys as Set).size(): "a property is listed twice: ${listed}"
assert keys.sort() == ['artifactId', 'groupId', 'invariants', 'moduleName', 'package', 'simVersion', 'version']
assert listed.containsAll(['groupId: com.example', 'artifactId: leases', 'package: com.example'])
assert accepted.contains('SIM-SCAFFOLD REPORT')

// Invoker's own build generated ./leases in batch mode with the same values: the two modules are the same.
Closure<Map<String, String>> tree = { File dir ->
    Map<String, String> files = new TreeMap<>()
    dir.eachFileRecurse(groovy.io.FileType.FILES) { files[dir.toPath().relativize(it.toPath()).toString()] = it.getText('UTF-8') }
    files
}
Map<String, String> batch = tree(new File(basedir, 'leases'))
Map<String, String> interactive = tree(new File(basedir, 'interactive/leases'))
assert batch.size() > 10
assert interactive.keySet() == batch.keySet()
assert interactive.findAll { path, text -> batch[path] != text }.keySet().isEmpty()

String refused = new File(basedir, 'refused.log').getText('UTF-8')
assert new File(basedir, 'refused.exit').text != '0'
assert refused.contains('Confirm properties configuration:')
assert refused.contains("sim-scaffold: property 'package' = 'java.leases' is not a valid Java package name: the JVM refuses to load classes in java.* packages. What was generated has been removed.")
assert new File(basedir, 'refused').list() == [] as String[]: "left after the refusal: ${new File(basedir, 'refused').list()}"
return true
