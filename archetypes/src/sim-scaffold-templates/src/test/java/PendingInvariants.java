package ${package};

#foreach( $type in $check.imports )
import ${type};
#end

/**
 * The invariants named when this module was generated, as stubs: always expectations whose check is
 * still to be written. Each has a test in {@code ${moduleName}PendingInvariantsTest} that is reported as
 * skipped, with its sentence, until the check is written: replace a stub's body with the check (return
 * one message per violation, an empty list when it holds), move it into {@code ${moduleName}Invariants}
 * and its {@code standard(...)}, and delete its skipped test.
 */
final class ${moduleName}PendingInvariants {

    private ${moduleName}PendingInvariants() {
    }
#foreach( $invariant in $pending )

    /**
     * ${invariant.javadoc}
     *
     * @return the invariant
     */
    static ${check.declared} ${invariant.method}() {
        return ${check.factory}("${invariant.sentence}", ${check.arguments} -> {
            throw new UnsupportedOperationException("invariant not implemented yet: ${invariant.sentence}");
        });
    }
#end
}
