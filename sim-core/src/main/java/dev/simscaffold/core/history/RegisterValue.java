package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * The state of one register of {@link KvModel}: a value, or Jepsen's {@code nil} before the first write.
 * A record rather than a bare {@code Long} because a model's step answers with {@code Optional}, which
 * cannot hold a nil register.
 *
 * @param value the value, {@code null} for nil
 */
@Api(Api.Status.EXPERIMENTAL)
public record RegisterValue(Long value) {
    /** The register before any write, under {@link KvSemantics#jepsen()}. */
    public static final RegisterValue NIL = new RegisterValue(null);

    /**
     * Tells whether the register holds a value.
     *
     * @param expected a value
     * @return true when the register is not nil and holds it
     */
    boolean holds(long expected) {
        return value != null && value == expected;
    }

    @Override
    public String toString() {
        return value == null ? "nil" : value.toString();
    }
}
