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
 * reach it, and may change or go at any time.
 *
 * <p>Every public top-level type of sim-core and sim-testkit carries a marker (sim-testkit's
 * {@code ApiMarkersTest} fails the build otherwise), chosen by this policy:
 * <ul>
 *   <li>{@link Status#STABLE}: what generated modules and the README's examples use and what the current round
 *       of work does not reshape: this package's {@code Simulation}, {@code SimContext}, {@code RunReport},
 *       {@code InvariantViolationError} and this annotation; the packages {@code time}, {@code random},
 *       {@code fault}, {@code expect}, {@code harness}, {@code net} and {@code storage} (generated modules
 *       drive {@code SimDisk}); {@code trace} but for its renderers; in {@code check}, {@code Gen},
 *       {@code Weighted}, {@code Assume} and what a property returns ({@code PropertyCheck},
 *       {@code PropertyResult}, {@code Passed}, {@code Falsified}); in sim-testkit, {@code property},
 *       {@code planted}, {@code sweep}, {@code determinism}, {@code rules}, {@code assertions} and
 *       {@code scenario}.
 *   <li>{@link Status#EXPERIMENTAL}: what the next changes will reshape: {@code explore}; the rest of
 *       {@code check} (choice sequences, spans, shrinking, the core-level {@code PropertyRunner});
 *       {@code history} in sim-core and sim-testkit; the trace renderers {@code Timeline} and
 *       {@code MermaidDiagram}; sim-testkit's {@code exhaustive}, {@code campaign} and {@code report}.
 *       Generated modules use stable elements, apart from their campaign and exhaustive-search tests; a change
 *       to those still comes with a migration note, as for every API a generated module uses.
 *   <li>{@link Status#INTERNAL}: {@code dev.simscaffold.core.internal} and types public only for another
 *       package of ours: {@code random.Xoshiro256StarStar}, {@code trace.TraceText}, sim-testkit's
 *       {@code replay} and the report helpers {@code JsonLine}, {@code SeedFailureText} and
 *       {@code ReportedFailure}.
 * </ul>
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
@Api(Api.Status.STABLE)
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
