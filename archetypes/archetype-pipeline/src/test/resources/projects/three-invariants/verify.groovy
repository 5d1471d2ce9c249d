// Three named invariants, one of them a name the example already uses in its own types, become three
// documented stubs in OrderTotalsPendingInvariants and three skipped tests whose reason is the sentence;
// the trailing ';' and the surrounding blanks are ignored (archetypes/src/archetype-it/verify-pending.groovy).
// The archetype plugin binds basedir (this case's directory) and context.projectDir (the module).
def verifyPending = evaluate(new File(basedir, '../verify-pending.groovy'))
verifyPending(context.projectDir, basedir, ['everyOutputIsWrittenBeforeItsOffsetIsAcknowledged', 'theQuarantineNeverHoldsAValidLine', 'standard'])
return true
