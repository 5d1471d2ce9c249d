package dev.simscaffold.testkit.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which values hash by identity, and where logic hashes one through a helper. An enum's {@code hashCode}
 * and {@code Object.hashCode} differ in every JVM run; so does the hash of a record whose generated
 * {@code hashCode} folds in such a component, and {@code Objects.hash(role, term)}, which calls
 * {@code role.hashCode()} inside the JDK where no rule sees the call.
 *
 * <p>ArchUnit records which fields a method reads and which methods it calls, with their lines, but not
 * which value flows into which argument. So a hash helper is judged by its line: it is flagged when the
 * same line reads an identity-hashed value (a field or an accessor's result) and neither calls a method
 * nor reads a field of that value's type ({@code Objects.hash(role.name(), term)} converts the enum first and passes). A value that
 * reaches the helper through a parameter or a local variable is not seen; the cross-JVM check
 * ({@code DeterminismCheck.assertSameInFreshJvm}) is the backstop for those.
 */
final class IdentityHashes {

    private IdentityHashes() {
    }

    /**
     * {@code hashCode()} of a record whose generated {@code hashCode} hashes an identity-hashed component,
     * directly or through a nested record.
     *
     * @return the predicate over call targets
     */
    static DescribedPredicate<CodeUnitAccessTarget> hashCodeOfIdentityHashedRecord() {
        return DescribedPredicate.describe("hashCode of a record with an identity-hashed component",
                target -> target.getName().equals("hashCode") && target.getRawParameterTypes().isEmpty()
                        && identityHashed(target.getOwner(), new HashSet<>()));
    }

    /**
     * A hash helper ({@code Objects.hash}, {@code Objects.hashCode}, {@code Arrays.hashCode(Object[])},
     * {@code Arrays.deepHashCode}) or a printer of the identity hash ({@code toString()} inherited from
     * {@code Object}, which javac compiles as a call of {@code Object.toString}; {@code String.valueOf(Object)},
     * {@code Objects.toString}) on a line that reads an identity-hashed value and calls nothing on it.
     *
     * @return the predicate over accesses
     */
    static DescribedPredicate<JavaAccess<?>> hashHelperOverIdentityHashedValue() {
        return DescribedPredicate.describe("Objects.hash/Objects.hashCode/Arrays.hashCode/Arrays.deepHashCode or Object.toString over an "
                        + "enum or identity-hashed value",
                access -> access.getTarget() instanceof MethodCallTarget target && isHashHelper(target)
                        && hashesIdentityOnItsLine(access.getOrigin(), access.getLineNumber(), printer(target) ? "toString" : "hashCode"));
    }

    private static boolean isHashHelper(MethodCallTarget target) {
        return printer(target) || hasher(target);
    }

    private static boolean printer(MethodCallTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (owner.equals("java.lang.Object")) {
            return name.equals("toString") && target.getRawParameterTypes().isEmpty();
        }
        return target.getRawParameterTypes().size() == 1 && target.getRawParameterTypes().get(0).isEquivalentTo(Object.class)
                && (owner.equals("java.util.Objects") && name.equals("toString") || owner.equals("java.lang.String") && name.equals("valueOf"));
    }

    private static boolean hasher(MethodCallTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        boolean objectParameters = target.getRawParameterTypes().size() == 1
                && (target.getRawParameterTypes().get(0).isEquivalentTo(Object.class) || target.getRawParameterTypes().get(0).isEquivalentTo(Object[].class));
        return objectParameters && (owner.equals("java.util.Objects") && (name.equals("hash") || name.equals("hashCode"))
                || owner.equals("java.util.Arrays") && (name.equals("hashCode") || name.equals("deepHashCode")));
    }

    private static boolean hashesIdentityOnItsLine(JavaCodeUnit origin, int line, String method) {
        Set<JavaClass> read = new HashSet<>();
        Set<JavaClass> calledOn = new HashSet<>();
        for (JavaFieldAccess access : origin.getFieldAccesses()) {
            if (access.getLineNumber() == line && access.getAccessType() == JavaFieldAccess.AccessType.GET && !isEnumConstant(access)) {
                read.add(access.getTarget().getRawType());
                calledOn.add(access.getTarget().getOwner());
            }
        }
        for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
            if (call.getLineNumber() == line && !isHashHelper(call.getTarget())) {
                read.add(call.getTarget().getRawReturnType());
                calledOn.add(call.getTarget().getOwner());
            }
        }
        return read.stream().anyMatch(type -> !calledOn.contains(type) && calledOn.stream().noneMatch(owner -> type.isAssignableTo(owner.getName()))
                && identityBased(type, method, new HashSet<>()));
    }

    private static boolean isEnumConstant(JavaFieldAccess access) {
        return access.getTarget().resolveMember()
                .map(field -> field.getModifiers().contains(JavaModifier.ENUM) || field.getModifiers().contains(JavaModifier.STATIC) && field.getRawType().isEnum())
                .orElse(false);
    }

    /**
     * Whether a value of this type hashes by identity: an enum; a concrete class (not {@code Object}) whose
     * {@code hashCode} is {@code Object}'s; a record whose generated {@code hashCode} folds in such a
     * component. Interfaces, abstract classes, arrays and {@code Object} itself say nothing about the value
     * behind them and count as not identity-hashed.
     */
    static boolean identityHashed(JavaClass type, Set<JavaClass> seen) {
        return identityBased(type, "hashCode", seen);
    }

    /** As {@link #identityHashed}, for {@code hashCode} or {@code toString} (an enum prints its name). */
    private static boolean identityBased(JavaClass type, String method, Set<JavaClass> seen) {
        if (!seen.add(type) || type.isPrimitive() || type.isArray() || type.isInterface()
                || type.getName().equals("java.lang.Object") || type.getModifiers().contains(JavaModifier.ABSTRACT) && !type.isEnum()) {
            return false;
        }
        if (type.isEnum()) {
            return method.equals("hashCode");
        }
        if (type.isRecord()) {
            return hasGenerated(type, method) && type.getFields().stream()
                    .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                    .map(JavaField::getRawType)
                    .anyMatch(component -> identityBased(component, method, seen));
        }
        return declarer(type, method).map(declarer -> declarer.getName().equals("java.lang.Object")).orElse(false);
    }

    /** A record's own {@code hashCode} or {@code toString} is generated when its body calls nothing (an invokedynamic ArchUnit does not model). */
    private static boolean hasGenerated(JavaClass record, String name) {
        return record.tryGetMethod(name).filter(method -> method.getOwner().equals(record))
                .map(method -> method.getAccessesFromSelf().isEmpty())
                .orElse(false);
    }

    /** The class in the superclass chain that declares the no-argument method, when the chain is known up to Object. */
    private static Optional<JavaClass> declarer(JavaClass type, String name) {
        for (JavaClass level : type.getClassHierarchy()) {
            if (level.getName().equals("java.lang.Object")) {
                return Optional.of(level);
            }
            if (!level.isFullyImported()) {
                return Optional.empty();
            }
            for (JavaMethod method : level.getMethods()) {
                if (method.getName().equals(name) && method.getRawParameterTypes().isEmpty()) {
                    return Optional.of(level);
                }
            }
        }
        return Optional.empty();
    }
}
