package dev.simscaffold.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How much a public type or member of sim-scaffold may change before 1.0, in the manner of JUnit's
 * {@code @API}: {@code @Api(Api.Status.STABLE)}, {@code @Api(Api.Status.EXPERIMENTAL)} or
 * {@code @Api(Api.Status.INTERNAL)}. A member without its own marker has its type's status.
 *
 * <p>In 0.x, a {@link Status#STABLE} element changes only in a minor release (0.1 to 0.2), never in a patch
 * release, and every such change has a migration note in CHANGELOG.md; an {@link Status#EXPERIMENTAL} element may
 * change in any release; an {@link Status#INTERNAL} element is public only so that sim-scaffold's own modules can
 * reach it, and may change or go at any time. Generated modules use stable elements only.
 *
 * <p>Kept in class files (not at run time) so that API-compatibility tools and ArchUnit rules can read it,
 * without a dependency: sim-core stays JDK-only.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
    ElementType.TYPE,
    ElementType.METHOD,
    ElementType.CONSTRUCTOR,
    ElementType.FIELD,
    ElementType.PACKAGE,
    ElementType.ANNOTATION_TYPE
})
public @interface Api {

    /**
     * The element's status.
     *
     * @return how much the element may change before 1.0
     */
    Status value();

    /**
     * The version in which the element got its current status, such as {@code "0.1.0"}; empty if not recorded.
     *
     * @return a sim-scaffold version, or an empty string
     */
    String since() default "";

    /** How much an element may change before 1.0; see {@link Api}. */
    enum Status {
        /** Changes only in a minor release, with a migration note in CHANGELOG.md. */
        STABLE,
        /** May change or be removed in any release, patch releases included. */
        EXPERIMENTAL,
        /** For sim-scaffold's own modules only: may change or be removed at any time, without a note. */
        INTERNAL
    }
}
