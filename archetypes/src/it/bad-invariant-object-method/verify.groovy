// A sentence that would be named like a method of every Java object (hashCode) would not compile.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'invariants' = 'epochs only grow; hash code': the sentence 'hash code' would be named 'hashCode', a method every Java object has; reword it", [])
