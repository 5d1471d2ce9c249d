// Three named invariants, one of them a name the example already uses in its own types, become three
// documented stubs in MembershipPendingInvariants and three skipped tests whose reason is the sentence;
// the trailing ';' and the surrounding blanks are ignored.
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
File projectDir = context.projectDir
def verifyModule = evaluate(new File(basedir, '../verify-common.groovy'))
verifyModule(projectDir, basedir)

def sentences = ['Every write is acknowledged by the node that took it', "a node's digest lists every key it holds", 'standard']
String stubs = new File(projectDir, 'src/test/java/com/example/MembershipPendingInvariants.java').text
['everyWriteIsAcknowledgedByTheNodeThatTookIt', 'aNodeSDigestListsEveryKeyItHolds', 'standard'].each {
    assert stubs.contains("static NetworkInvariant<MembershipNode> ${it}()")
}
sentences.each { assert stubs.contains("     * ${it}.\n") }
String readme = new File(projectDir, 'README.md').text
sentences.each { assert readme.contains(it) }
assert readme.contains('`MembershipPendingInvariants.standard()`')
return true
