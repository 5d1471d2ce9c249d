package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;

/**
 * The simulated machine went down in the middle of a stage's work: nothing of the process survives but its
 * file systems. {@link SimMachine} throws it out of a file-system call; only the simulation driver catches it,
 * throws the stage instance away and starts a new one, as a supervisor would. It is unchecked so that it
 * passes through production code that handles {@link java.io.IOException} and nothing else.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class MachineCrash extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CrashKind kind;

    /**
     * A crash.
     *
     * @param kind how the machine went down
     * @param where which operation it interrupted
     */
    public MachineCrash(CrashKind kind, String where) {
        super(kind + " " + where, null, false, false);
        this.kind = kind;
    }

    /**
     * How the machine went down.
     *
     * @return the kind
     */
    public CrashKind kind() {
        return kind;
    }
}
