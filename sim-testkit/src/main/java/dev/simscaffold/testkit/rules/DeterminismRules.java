package dev.simscaffold.testkit.rules;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
import dev.simscaffold.core.Api;
import java.time.Clock;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Timer;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.BaseStream;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * ArchUnit rules that keep simulated code deterministic: the Java form of a determinism review. Each rule
 * names what it forbids and, in its {@code because}, what to use instead, so a failing build teaches the
 * fix.
 *
 * <pre>{@code
 * JavaClasses main = new ClassFileImporter()
 *         .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
 *         .importPackages("com.example.leases");
 * DeterminismRules.strict().check(main);                          // everything is logic
 * DeterminismRules.moderate("..adapters..").check(main);          // adapters may touch the real world
 * }</pre>
 *
 * <p>Adapter package patterns use ArchUnit's wildcards: {@code "..adapters.."} matches any package with an
 * {@code adapters} segment, {@code *} any part of one segment. Unlike ArchUnit's own matcher they match
 * every Java identifier, so a package with non-ASCII letters is matched too; anything else in a pattern
 * is refused.
 */
@Api(Api.Status.STABLE)
public final class DeterminismRules {

    static final String WALL_CLOCK_REASON =
            "simulated code takes time as a LogicalTime parameter: the simulator owns the clock, and a real clock "
                    + "makes a seed unrepeatable";
    static final String RANDOMNESS_REASON =
            "chance must come from SimRandom (one fork per purpose): unseeded randomness cannot be replayed from a seed";
    static final String THREADS_REASON =
            "simulated code is single-threaded so the simulator chooses every interleaving: model concurrency as "
                    + "interleaved inputs, timers or network events instead of threads, executors or async futures";
    static final String ENVIRONMENT_REASON =
            "configuration must be passed in explicitly: environment variables and system properties differ between "
                    + "machines, so the same seed would not replay elsewhere";
    static final String UNORDERED_REASON =
            "hash maps and sets (HashMap, HashSet, Hashtable, IdentityHashMap, WeakHashMap, ConcurrentHashMap) iterate in "
                    + "hash-code order, identity-based for enums and plain objects, Set.of/Map.of in an order salted per JVM "
                    + "run, and System.identityHashCode differs between runs: use TreeMap, LinkedHashMap, EnumMap or a List";
    static final String PARALLEL_REASON =
            "parallel streams run on the common ForkJoinPool, so their interleaving is the OS scheduler's, not the "
                    + "simulator's: use sequential streams";

    private DeterminismRules() {
    }

    /**
     * Every determinism rule, applied to every imported class: for modules whose main code is all logic.
     *
     * @return the composite rule
     */
    public static ArchRule strict() {
        return composite(new String[0]);
    }

    /**
     * Every determinism rule, applied to all classes outside the given adapter packages: the adapters may do
     * real I/O, read clocks and use threads; the logic may not.
     *
     * @param adapterPackages ArchUnit package patterns of the adapter packages, at least one
     * @return the composite rule
     * @throws IllegalArgumentException if no adapter package is given, or a pattern is not a package pattern
     */
    public static ArchRule moderate(String... adapterPackages) {
        if (adapterPackages == null || adapterPackages.length == 0) {
            throw new IllegalArgumentException("moderate() needs at least one adapter package pattern, e.g. \"..adapters..\"");
        }
        for (String pattern : adapterPackages) {
            PackagePattern.parse(pattern);
        }
        return composite(adapterPackages.clone());
    }

    /**
     * Forbids reading the wall clock: {@code System.currentTimeMillis/nanoTime}, {@code now()} of any
     * {@code java.time} type, {@code Clock} and {@code new Date()}.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noWallClock() {
        return noWallClock(new String[0]);
    }

    /**
     * Forbids {@code java.util.Random} and every other JDK generator, {@code Math.random} and
     * {@code UUID.randomUUID}.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noUnseededRandomness() {
        return noUnseededRandomness(new String[0]);
    }

    /**
     * Forbids threads, executors, timers and {@code CompletableFuture}'s async methods.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noThreads() {
        return noThreads(new String[0]);
    }

    /**
     * Forbids reading environment variables and system properties.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noEnvironmentReads() {
        return noEnvironmentReads(new String[0]);
    }

    /**
     * Forbids collections whose iteration order is not determined by the program: hash maps and sets
     * ({@code HashMap}, {@code HashSet}, {@code Hashtable}, {@code IdentityHashMap}, {@code WeakHashMap},
     * {@code ConcurrentHashMap}), {@code Set.of}, {@code Map.of}, the collectors that build hash-based
     * collections, and {@code System.identityHashCode}.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noUnorderedCollections() {
        return noUnorderedCollections(new String[0]);
    }

    /**
     * Forbids parallel streams.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noParallelStreams() {
        return noParallelStreams(new String[0]);
    }

    private static ArchRule composite(String[] adapters) {
        List<ArchRule> rules = List.of(noWallClock(adapters), noUnseededRandomness(adapters), noThreads(adapters),
                noEnvironmentReads(adapters), noUnorderedCollections(adapters), noParallelStreams(adapters));
        CompositeArchRule composite = CompositeArchRule.of(rules.get(0));
        for (ArchRule rule : rules.subList(1, rules.size())) {
            composite = composite.and(rule);
        }
        String scope = adapters.length == 0 ? "strict" : "moderate, adapters " + String.join(", ", adapters);
        StringBuilder description = new StringBuilder("sim-scaffold determinism rules (").append(scope).append("):");
        rules.forEach(rule -> description.append(System.lineSeparator()).append("  - ").append(rule.getDescription()));
        return composite.as(description.toString());
    }

    private static ArchRule noWallClock(String[] adapters) {
        return logic(adapters)
                .callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethodWhere(target(name("now")).and(target(owner(assignableTo(Temporal.class)))))
                .orShould().callMethodWhere(target(owner(assignableTo(Clock.class))))
                .orShould().callConstructor(Date.class)
                .as("no wall clock")
                .because(WALL_CLOCK_REASON);
    }

    private static ArchRule noUnseededRandomness(String[] adapters) {
        return logic(adapters)
                .dependOnClassesThat(assignableTo(RandomGenerator.class))
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(StrictMath.class, "random")
                .orShould().callMethod(UUID.class, "randomUUID")
                .as("no unseeded randomness")
                .because(RANDOMNESS_REASON);
    }

    private static ArchRule noThreads(String[] adapters) {
        DescribedPredicate<JavaClass> concurrency = assignableTo(Thread.class)
                .or(assignableTo(Executor.class))
                .or(belongToAnyOf(Executors.class, Timer.class))
                .as("threads, executors or timers");
        return logic(adapters)
                .dependOnClassesThat(concurrency)
                .orShould().callMethodWhere(target(owner(assignableTo(CompletableFuture.class))).and(target(nameMatching(".*Async"))))
                .as("no threads")
                .because(THREADS_REASON);
    }

    private static ArchRule noEnvironmentReads(String[] adapters) {
        return logic(adapters)
                .callMethodWhere(target(owner(belongToAnyOf(System.class))).and(target(nameMatching("getenv|getProperty|getProperties"))))
                .orShould().callMethod(Boolean.class, "getBoolean", String.class)
                .orShould().callMethodWhere(target(owner(belongToAnyOf(Integer.class))).and(target(name("getInteger"))))
                .orShould().callMethodWhere(target(owner(belongToAnyOf(Long.class))).and(target(name("getLong"))))
                .as("no environment reads")
                .because(ENVIRONMENT_REASON);
    }

    private static ArchRule noUnorderedCollections(String[] adapters) {
        DescribedPredicate<JavaClass> hashed = assignableTo(HashMap.class).and(DescribedPredicate.not(assignableTo(LinkedHashMap.class)))
                .or(assignableTo(HashSet.class).and(DescribedPredicate.not(assignableTo(LinkedHashSet.class))))
                .or(assignableTo(Hashtable.class))
                .or(assignableTo(IdentityHashMap.class))
                .or(assignableTo(WeakHashMap.class))
                .or(assignableTo(ConcurrentHashMap.class))
                .as("a hash-ordered map or set");
        return logic(adapters)
                .callConstructorWhere(target(owner(hashed)))
                .orShould().callMethodWhere(target(owner(hashed)).and(target(nameMatching("newHash(Map|Set)|newKeySet"))))
                .orShould().callMethodWhere(target(owner(belongToAnyOf(Set.class, Map.class))).and(target(nameMatching("of|ofEntries|copyOf"))))
                .orShould().callMethodWhere(target(owner(belongToAnyOf(Collectors.class)))
                        .and(target(nameMatching("toSet|toUnmodifiableSet|toUnmodifiableMap|toConcurrentMap|groupingByConcurrent"))))
                .orShould().callMethod(Collectors.class, "toMap", Function.class, Function.class)
                .orShould().callMethod(Collectors.class, "toMap", Function.class, Function.class, BinaryOperator.class)
                .orShould().callMethod(Collectors.class, "groupingBy", Function.class)
                .orShould().callMethod(Collectors.class, "groupingBy", Function.class, Collector.class)
                .orShould().callMethod(System.class, "identityHashCode", Object.class)
                .as("no unordered collections")
                .because(UNORDERED_REASON);
    }

    private static ArchRule noParallelStreams(String[] adapters) {
        return logic(adapters)
                .callMethodWhere(target(name("parallelStream")))
                .orShould().callMethodWhere(target(name("parallel")).and(target(owner(assignableTo(BaseStream.class)))))
                .as("no parallel streams")
                .because(PARALLEL_REASON);
    }

    /**
     * The classes outside the given adapter packages, matched as {@link #moderate} matches them: for a
     * module's own rules about its logic (say, "no I/O outside the adapters"), so that they draw the same
     * boundary as the determinism rules, non-ASCII packages included, which ArchUnit's own
     * {@code resideOutsideOfPackages} does not.
     *
     * @param adapterPackages package patterns of the adapter packages, at least one
     * @return the predicate, described as ArchUnit describes {@code resideOutsideOfPackages}
     * @throws IllegalArgumentException if no pattern is given, or one is not a package pattern
     */
    public static DescribedPredicate<JavaClass> outsidePackages(String... adapterPackages) {
        if (adapterPackages == null || adapterPackages.length == 0) {
            throw new IllegalArgumentException("outsidePackages() needs at least one package pattern, e.g. \"..adapters..\"");
        }
        List<PackagePattern> patterns = Arrays.stream(adapterPackages).map(PackagePattern::parse).toList();
        return DescribedPredicate.describe(
                "reside outside of packages " + patterns.stream().map(pattern -> "'" + pattern.text() + "'").collect(Collectors.joining(", ", "[", "]")),
                javaClass -> patterns.stream().noneMatch(pattern -> pattern.matches(javaClass.getPackageName())));
    }

    private static ClassesShould logic(String[] adapters) {
        return adapters.length == 0 ? noClasses().should() : noClasses().that(outsidePackages(adapters)).should();
    }
}
