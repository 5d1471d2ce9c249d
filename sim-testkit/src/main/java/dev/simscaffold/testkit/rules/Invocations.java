package dev.simscaffold.testkit.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMember;
import java.util.Arrays;
import java.util.List;

/**
 * Predicates over the ways code reaches a method or constructor: a call ({@code System.nanoTime()}) and a
 * reference ({@code System::nanoTime}, {@code HashSet::new}) alike. ArchUnit's {@code callMethod} sees calls
 * only, so a rule written with it let the same leak through as soon as it was spelled as a reference.
 */
final class Invocations {

    private Invocations() {
    }

    /**
     * Calls of, or references to, a code unit whose target matches.
     *
     * @param target what the reached method or constructor must match
     * @return the predicate, described as "invoke " plus the target's description
     */
    static DescribedPredicate<JavaAccess<?>> invoke(DescribedPredicate<? super CodeUnitAccessTarget> target) {
        return DescribedPredicate.describe("invoke " + target.getDescription(),
                access -> access instanceof JavaCodeUnitAccess<?> reached && target.test(reached.getTarget()));
    }

    /**
     * A target declared on one of the given types (as the bytecode names it), with one of the given names.
     *
     * @param owner the declaring types the call site names
     * @param names the method names, {@code <init>} for constructors
     * @return the predicate
     */
    static DescribedPredicate<CodeUnitAccessTarget> on(DescribedPredicate<? super JavaClass> owner, String... names) {
        List<String> allowed = List.of(names);
        return DescribedPredicate.describe(String.join("/", names) + " of " + owner.getDescription(),
                target -> owner.test(target.getOwner()) && (allowed.isEmpty() || allowed.contains(target.getName())));
    }

    /**
     * A target with exactly the given raw parameter types.
     *
     * @param owner the declaring types the call site names
     * @param name the method name, {@code <init>} for constructors
     * @param parameters the raw parameter types, none for a no-argument method
     * @return the predicate
     */
    static DescribedPredicate<CodeUnitAccessTarget> exactly(DescribedPredicate<? super JavaClass> owner, String name, Class<?>... parameters) {
        List<String> wanted = Arrays.stream(parameters).map(Class::getName).toList();
        return DescribedPredicate.describe(name + wanted + " of " + owner.getDescription(),
                target -> owner.test(target.getOwner()) && target.getName().equals(name)
                        && target.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(wanted));
    }

    /**
     * A target that resolves to a member declared on a class matching {@code declarer}: {@code x.hashCode()}
     * on a class that does not override it resolves to {@code Object.hashCode}.
     *
     * @param name the method name
     * @param declarer what the class declaring the resolved member must match
     * @return the predicate
     */
    static DescribedPredicate<CodeUnitAccessTarget> resolvingTo(String name, DescribedPredicate<? super JavaClass> declarer) {
        return DescribedPredicate.describe(name + " declared by " + declarer.getDescription(),
                target -> target.getName().equals(name) && target.getRawParameterTypes().isEmpty()
                        && target.resolveMember().map(JavaMember::getOwner).map(declarer::test).orElse(declarer.test(target.getOwner())));
    }
}
