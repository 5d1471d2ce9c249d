package dev.simscaffold.testkit.rules;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code static final} field that holds a mutable container (a collection, a map, an atomic, a string
 * builder, a bit set) and that code outside the static initializer mutates: {@code final} fixes the
 * reference, not the contents, so the contents carry over from one seed's run into the next in the same
 * JVM just as a non-final counter does. A table filled in the static initializer and only read afterwards
 * is a constant and passes.
 *
 * <p>ArchUnit records which fields a method reads and which methods it calls, with their lines, but not
 * which value a call is made on: a mutation is a mutating method of the field's type called on a line that
 * reads the field ({@code SEEN.add(id)}, {@code COUNTER.incrementAndGet()}, {@code SEEN::add}). A field of an
 * interface type ({@code List}, {@code Map}) holds a mutable container when the static initializer builds
 * one for it ({@code new ArrayList<>()}, {@code EnumSet.noneOf}); one built with {@code List.of} or
 * {@code Map.copyOf} cannot change. Element writes to a {@code static final} array are not visible to the
 * rule.
 */
final class MutableStatics extends ArchCondition<JavaField> {

    private static final Set<String> CONTAINER_MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "put", "putAll", "putIfAbsent",
            "remove", "removeAll", "removeIf", "removeFirst", "removeLast", "retainAll", "clear", "set", "compute", "computeIfAbsent",
            "computeIfPresent", "merge", "replace", "replaceAll", "sort", "push", "pop", "poll", "pollFirst", "pollLast", "offer",
            "offerFirst", "offerLast", "pollFirstEntry", "pollLastEntry");
    private static final Set<String> BUILDER_MUTATORS = Set.of("append", "insert", "delete", "deleteCharAt", "replace", "reverse",
            "setLength", "setCharAt");
    private static final Set<String> BIT_SET_MUTATORS = Set.of("set", "clear", "flip", "and", "or", "xor", "andNot");
    private static final Set<String> ATOMIC_READS = Set.of("get", "getPlain", "getOpaque", "getAcquire", "intValue", "longValue",
            "doubleValue", "floatValue", "shortValue", "byteValue", "sum", "length", "toString", "hashCode", "equals");
    private static final Set<String> MUTABLE_FACTORIES = Set.of("java.util.EnumSet", "java.util.Collections#synchronized",
            "java.util.Collections#checked", "java.util.Collections#newSetFromMap");

    MutableStatics() {
        super("not hold a mutable container that is changed after the static initializer");
    }

    @Override
    public void check(JavaField field, ConditionEvents events) {
        if (!field.getModifiers().contains(JavaModifier.FINAL) || family(field.getRawType()).isEmpty() || !holdsMutable(field)) {
            return;
        }
        field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET && !isStaticInitializer(access.getOrigin()))
                .flatMap(read -> mutationOnItsLine(field, read).stream())
                .min(Comparator.comparing((JavaAccess<?> mutation) -> mutation.getOrigin().getFullName()).thenComparingInt(JavaAccess::getLineNumber))
                .ifPresent(mutation -> events.add(SimpleConditionEvent.violated(field, "Field <" + field.getFullName() + "> is static final but holds a mutable "
                        + field.getRawType().getSimpleName() + " that <" + mutation.getOrigin().getFullName() + "> changes with "
                        + mutation.getTarget().getName() + " in " + mutation.getSourceCodeLocation())));
    }

    private static Optional<Set<String>> family(JavaClass type) {
        if (type.isAssignableTo("java.util.Collection") || type.isAssignableTo("java.util.Map")) {
            return Optional.of(CONTAINER_MUTATORS);
        }
        if (type.isAssignableTo(StringBuilder.class) || type.isAssignableTo(StringBuffer.class)) {
            return Optional.of(BUILDER_MUTATORS);
        }
        if (type.isAssignableTo("java.util.BitSet")) {
            return Optional.of(BIT_SET_MUTATORS);
        }
        if (type.getPackageName().equals("java.util.concurrent.atomic")) {
            return Optional.of(Set.of());
        }
        return Optional.empty();
    }

    private static boolean isMutator(JavaClass fieldType, String name) {
        if (fieldType.getPackageName().equals("java.util.concurrent.atomic")) {
            return !ATOMIC_READS.contains(name) && (!name.startsWith("get") || name.startsWith("getAnd"));
        }
        return family(fieldType).map(mutators -> mutators.contains(name)).orElse(false);
    }

    /** Concrete container types are mutable; an interface-typed field is when the static initializer builds a mutable one for it. */
    private static boolean holdsMutable(JavaField field) {
        JavaClass type = field.getRawType();
        if (!type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
            return true;
        }
        return field.getOwner().getStaticInitializer().map(init -> {
            int assigned = init.getFieldAccesses().stream()
                    .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET && access.getTarget().getName().equals(field.getName()))
                    .mapToInt(JavaAccess::getLineNumber).max().orElse(-1);
            int previous = init.getFieldAccesses().stream()
                    .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET && access.getLineNumber() < assigned)
                    .mapToInt(JavaAccess::getLineNumber).max().orElse(0);
            return init.getCallsFromSelf().stream()
                    .filter(call -> call.getLineNumber() > previous && call.getLineNumber() <= assigned)
                    .anyMatch(call -> buildsMutable(call.getTarget(), type));
        }).orElse(false);
    }

    private static boolean buildsMutable(CodeUnitAccessTarget target, JavaClass fieldType) {
        JavaClass owner = target.getOwner();
        if (target.getName().equals("<init>")) {
            return owner.isAssignableTo(fieldType.getName()) && !owner.getModifiers().contains(JavaModifier.ABSTRACT);
        }
        return MUTABLE_FACTORIES.stream().anyMatch(factory -> factory.equals(owner.getName())
                || factory.startsWith(owner.getName() + "#") && target.getName().startsWith(factory.substring(factory.indexOf('#') + 1)));
    }

    private static Optional<JavaAccess<?>> mutationOnItsLine(JavaField field, JavaFieldAccess read) {
        JavaCodeUnit origin = read.getOrigin();
        JavaClass type = field.getRawType();
        return origin.getAccessesFromSelf().stream()
                .filter(access -> access.getLineNumber() == read.getLineNumber() && access.getTarget() instanceof CodeUnitAccessTarget)
                .filter(access -> isMutator(type, access.getTarget().getName()))
                .filter(access -> {
                    JavaClass owner = access.getTarget().getOwner();
                    return type.isAssignableTo(owner.getName()) || owner.isAssignableTo(type.getName());
                })
                .<JavaAccess<?>>map(access -> access)
                .findFirst();
    }

    private static boolean isStaticInitializer(JavaCodeUnit codeUnit) {
        return codeUnit.getName().equals("<clinit>");
    }
}
