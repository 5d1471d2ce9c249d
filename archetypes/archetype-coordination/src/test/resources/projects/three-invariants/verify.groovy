// Three named invariants, one of them a name the example already uses in its own types, become three
// documented stubs in LeaseTablePendingInvariants and three skipped tests whose reason is the
// sentence; the trailing ';' and the surrounding blanks are ignored.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyModule = evaluate(new File(basedir, '../verify-common.groovy'))
verifyModule(projectDir, basedir)

def sentences = ['Every grant is recorded before it is announced', "a worker's lease never outlives its session", 'standard']
String stubs = new File(projectDir, 'src/test/java/com/example/LeaseTablePendingInvariants.java').text
['everyGrantIsRecordedBeforeItIsAnnounced', 'aWorkerSLeaseNeverOutlivesItsSession', 'standard'].each {
    assert stubs.contains("static Invariant<LeaseTableState> ${it}()")
}
sentences.each { assert stubs.contains("     * ${it}.\n") }
assert !new File(projectDir, 'src/test/java/com/example/LeaseTableInvariants.java').text.contains('UnsupportedOperationException')
String readme = new File(projectDir, 'README.md').text
sentences.each { assert readme.contains(it) }
assert readme.contains('`LeaseTablePendingInvariants.standard()`')
return true
