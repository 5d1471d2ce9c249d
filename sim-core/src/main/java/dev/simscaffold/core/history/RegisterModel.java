package dev.simscaffold.core.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The register model behind {@link KvModel}: reads return the value ({@code null} for nil), writes return
 * nothing, a compare-and-set returns nothing when it applied and the value it found when it was refused
 * (recorded as ok), or fails (see {@link RefusedCas}). Written out rather than built with
 * {@link Model#deterministic} so that a nil register, a refusal and an unreturned read mean exactly what
 * {@link KvSemantics} says: an ok compare-and-set without output applied, it never passes for a refusal.
 */
final class RegisterModel implements Model<RegisterValue, KvOp, Long> {
    private final String name;
    private final KvSemantics semantics;
    private final boolean partitioned;

    RegisterModel(String name, KvSemantics semantics, boolean partitioned) {
        this.name = name;
        this.semantics = Objects.requireNonNull(semantics, "semantics");
        this.partitioned = partitioned;
    }

    @Override
    public RegisterValue initialState() {
        return new RegisterValue(semantics.initial());
    }

    @Override
    public Optional<RegisterValue> step(RegisterValue state, KvOp input, Long output) {
        if (input instanceof KvOp.Write write) {
            return output == null ? Optional.of(new RegisterValue(write.value())) : Optional.empty();
        }
        if (input instanceof KvOp.Cas cas) {
            if (output == null) {
                return state.holds(cas.expected()) ? Optional.of(new RegisterValue(cas.value())) : Optional.empty();
            }
            return output.equals(state.value()) && !state.holds(cas.expected()) ? Optional.of(state) : Optional.empty();
        }
        return Objects.equals(state.value(), output) ? Optional.of(state) : Optional.empty();
    }

    @Override
    public List<RegisterValue> stepIndeterminate(RegisterValue state, KvOp input) {
        if (input instanceof KvOp.Write write) {
            return List.of(new RegisterValue(write.value()));
        }
        if (input instanceof KvOp.Cas cas) {
            return state.holds(cas.expected()) ? List.of(new RegisterValue(cas.value())) : List.of();
        }
        return List.of();
    }

    @Override
    public boolean failureIsResult(KvOp input) {
        return input instanceof KvOp.Cas && semantics.refusedCas() == RefusedCas.RESULT;
    }

    @Override
    public Optional<RegisterValue> stepFailed(RegisterValue state, KvOp input) {
        if (input instanceof KvOp.Cas cas) {
            return state.holds(cas.expected()) ? Optional.empty() : Optional.of(state);
        }
        throw new IllegalArgumentException("only a refused compare-and-set is a result: " + input);
    }

    @Override
    public boolean isReadOnly(KvOp input) {
        return input instanceof KvOp.Read;
    }

    @Override
    public Object partitionKey(KvOp input) {
        return partitioned ? input.key() : "all";
    }

    @Override
    public String name() {
        return name;
    }
}
