// Three named invariants become three documented stubs and three skipped tests whose reason is the
// sentence; the trailing ';' and the surrounding blanks are ignored.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyModule = evaluate(new File(basedir, '../verify-common.groovy'))
def sentences = ['Every grant is recorded before it is announced', "a worker's lease never outlives its session", '3 replicas agree on the holder']
verifyModule(projectDir, 'com.example', 'LeaseTable', sentences)

String invariants = new File(projectDir, 'src/test/java/com/example/LeaseTableInvariants.java').text
['everyGrantIsRecordedBeforeItIsAnnounced', 'aWorkerSLeaseNeverOutlivesItsSession', 'invariant3ReplicasAgreeOnTheHolder'].each {
    assert invariants.contains("static Invariant<LeaseTableState> ${it}()")
}
sentences.each { assert invariants.contains("     * ${it}.\n") }
String readme = new File(projectDir, 'README.md').text
sentences.each { assert readme.contains(it) }
return true
