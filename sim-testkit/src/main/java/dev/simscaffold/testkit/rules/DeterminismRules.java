package dev.simscaffold.testkit.rules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.simscaffold.testkit.rules.Invocations.exactly;
import static dev.simscaffold.testkit.rules.Invocations.invoke;
import static dev.simscaffold.testkit.rules.Invocations.on;
import static dev.simscaffold.testkit.rules.Invocations.resolvingTo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
import com.tngtech.archunit.lang.syntax.elements.GivenFieldsConjunction;
import dev.simscaffold.core.Api;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.Formatter;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
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
            "configuration must be passed in explicitly: environment variables, system properties, the processor count, "
                    + "memory figures and the process id differ between machines, so the same seed would not replay elsewhere";
    static final String UNORDERED_REASON =
            "hash maps and sets (HashMap, HashSet, Hashtable, IdentityHashMap, WeakHashMap, ConcurrentHashMap) iterate in "
                    + "hash-code order, identity-based for enums and plain objects, Set.of/Map.of in an order salted per JVM "
                    + "run, and System.identityHashCode differs between runs: use TreeMap, LinkedHashMap, EnumMap or a List";
    static final String PARALLEL_REASON =
            "parallel streams run on the common ForkJoinPool, so their interleaving is the OS scheduler's, not the "
                    + "simulator's: use sequential streams";

    static final String IDENTITY_HASH_REASON =
            "Object.hashCode, Object.toString and an enum's hashCode are identity hashes, different in every JVM run, and so is "
                    + "Objects.hash over an enum and the hashCode of a record holding one: a decision, order or fingerprint built on one "
                    + "does not replay; hash a stable key (a name, an ordinal, a record of values)";
    static final String MUTABLE_STATIC_REASON =
            "a mutable static field outlives the run, and so do the contents of a static final collection, map, atomic or "
                    + "builder changed after class initialization: its value carries over into the next seed in the same JVM, so a "
                    + "replay depends on which runs came before; keep state in the node, pass it in explicitly";
    static final String IO_REASON =
            "files, sockets and URLs hold state the seed does not control and fail in ways the simulator cannot replay: "
                    + "reach them through an adapter (moderate(\"..adapters..\")) and simulate them in logic (the simulated disks and network)";
    static final String LOCALE_REASON =
            "String.format, formatted, printf, toUpperCase/toLowerCase and the text and date formats without a Locale use the "
                    + "machine's default locale, and Date.toString and the date formats its default time zone, so output and "
                    + "fingerprints differ between machines (Turkish i, decimal commas, CET vs UTC): pass Locale.ROOT and a ZoneOffset";

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
     * {@code java.time} type ({@code MonthDay} too), {@code Clock}, {@code new Date()}, {@code Calendar.getInstance},
     * {@code new GregorianCalendar()}, {@code TimeZone.getDefault} and {@code ZoneId.systemDefault}, called or
     * referenced ({@code System::currentTimeMillis}).
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noWallClock() {
        return noWallClock(new String[0]);
    }

    /**
     * Forbids {@code java.util.Random} and every other JDK generator ({@code SecureRandom},
     * {@code SplittableRandom}, {@code ThreadLocalRandom}), {@code Math.random}, {@code UUID.randomUUID} and
     * {@code Collections.shuffle(List)}, which draws from a hidden static {@code Random}.
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
     * Forbids reading environment variables, system properties, the processor count, memory figures
     * ({@code Runtime}) and {@code ProcessHandle.current()}.
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
     * collections, and {@code System.identityHashCode}, called or referenced ({@code HashSet::new}).
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

    /**
     * Forbids {@code hashCode()} that resolves to {@code Object.hashCode} or {@code Enum.hashCode}: identity
     * hashes, which differ between JVM runs, so a decision or order built on one replays only by luck. Also
     * {@code toString()} of a concrete class that resolves to {@code Object.toString} (it prints the identity
     * hash), {@code hashCode()} of a record whose generated {@code hashCode} folds in an enum or an
     * identity-hashed component, and {@code Objects.hash}, {@code Objects.hashCode},
     * {@code Arrays.hashCode(Object[])} and {@code Arrays.deepHashCode} on a line that reads an enum or
     * identity-hashed field or accessor result without calling anything on it (ArchUnit does not track
     * which value becomes which argument, so the line is the unit; a value passed in a parameter or local
     * variable is not seen). {@code System.identityHashCode} is caught by {@link #noUnorderedCollections()}.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noIdentityHashCodes() {
        return noIdentityHashCodes(new String[0]);
    }

    /**
     * Forbids {@code static} fields that are not {@code final}, and {@code static final} fields holding a
     * collection, map, atomic, string builder or bit set that code outside the static initializer changes
     * (a mutating method called on a line that reads the field): their state outlives a run and leaks into
     * the next seed run in the same JVM. A table filled in the static initializer and only read afterwards
     * passes; element writes to a {@code static final} array are not seen.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noMutableStaticFields() {
        return noMutableStaticFields(new String[0]);
    }

    /**
     * Forbids file and network I/O: {@code java.io}'s file classes, {@code java.nio.file},
     * {@code java.nio.channels} and {@code java.net} ({@code URI}, a value, excepted).
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noFileOrNetworkIo() {
        return noFileOrNetworkIo(new String[0]);
    }

    /**
     * Forbids formatting and case mapping in the default locale or time zone: {@code String.format} without a
     * {@code Locale}, {@code formatted}, {@code toUpperCase()}/{@code toLowerCase()} without one,
     * {@code Locale.getDefault}, {@code new Formatter()}, {@code printf}/{@code format} of a
     * {@code PrintStream} or {@code PrintWriter} without one, {@code DateTimeFormatter.ofPattern} and
     * {@code ofLocalized*} without one, {@code SimpleDateFormat}, {@code MessageFormat}, {@code DateFormat}
     * and {@code NumberFormat} without one, {@code new DecimalFormat()}/{@code (String)}, and
     * {@code Date.toString}, which prints in the default time zone.
     *
     * @return the rule, applied to every class
     */
    public static ArchRule noDefaultLocale() {
        return noDefaultLocale(new String[0]);
    }

    private static ArchRule composite(String[] adapters) {
        List<ArchRule> rules = List.of(noWallClock(adapters), noUnseededRandomness(adapters), noThreads(adapters),
                noEnvironmentReads(adapters), noUnorderedCollections(adapters), noParallelStreams(adapters),
                noIdentityHashCodes(adapters), noMutableStaticFields(adapters), noFileOrNetworkIo(adapters),
                noDefaultLocale(adapters));
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
                .accessTargetWhere(invoke(on(type(System.class), "currentTimeMillis", "nanoTime")
                        .or(on(assignableTo(TemporalAccessor.class), "now"))
                        .or(on(assignableTo(Clock.class)))
                        .or(exactly(type(Date.class), "<init>"))
                        .or(on(assignableTo(Calendar.class), "getInstance"))
                        .or(exactly(type(GregorianCalendar.class), "<init>"))
                        .or(on(assignableTo(TimeZone.class), "getDefault"))
                        .or(on(type(ZoneId.class), "systemDefault"))))
                .as("no wall clock")
                .because(WALL_CLOCK_REASON);
    }

    private static ArchRule noUnseededRandomness(String[] adapters) {
        return logic(adapters)
                .dependOnClassesThat(assignableTo(RandomGenerator.class))
                .orShould().accessTargetWhere(invoke(on(type(Math.class).or(type(StrictMath.class)), "random")
                        .or(on(type(UUID.class), "randomUUID"))
                        .or(exactly(type(Collections.class), "shuffle", List.class))))
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
                .orShould().accessTargetWhere(invoke(on(assignableTo(CompletableFuture.class))
                        .and(DescribedPredicate.<CodeUnitAccessTarget>describe("*Async", target -> target.getName().endsWith("Async")))))
                .as("no threads")
                .because(THREADS_REASON);
    }

    private static ArchRule noEnvironmentReads(String[] adapters) {
        return logic(adapters)
                .accessTargetWhere(invoke(on(type(System.class), "getenv", "getProperty", "getProperties")
                        .or(exactly(type(Boolean.class), "getBoolean", String.class))
                        .or(on(type(Integer.class), "getInteger"))
                        .or(on(type(Long.class), "getLong"))
                        .or(on(type(Runtime.class), "availableProcessors", "freeMemory", "totalMemory", "maxMemory"))
                        .or(on(assignableTo(ProcessHandle.class), "current"))))
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
                .accessTargetWhere(invoke(on(hashed, "<init>", "newHashMap", "newHashSet", "newKeySet")
                        .or(on(type(Set.class).or(type(Map.class)), "of", "ofEntries", "copyOf"))
                        .or(on(type(Collectors.class), "toSet", "toUnmodifiableSet", "toUnmodifiableMap", "toConcurrentMap", "groupingByConcurrent"))
                        .or(exactly(type(Collectors.class), "toMap", Function.class, Function.class))
                        .or(exactly(type(Collectors.class), "toMap", Function.class, Function.class, BinaryOperator.class))
                        .or(exactly(type(Collectors.class), "groupingBy", Function.class))
                        .or(exactly(type(Collectors.class), "groupingBy", Function.class, Collector.class))
                        .or(exactly(type(System.class), "identityHashCode", Object.class))))
                .as("no unordered collections")
                .because(UNORDERED_REASON);
    }

    private static ArchRule noParallelStreams(String[] adapters) {
        return logic(adapters)
                .accessTargetWhere(invoke(DescribedPredicate.<CodeUnitAccessTarget>describe("parallelStream",
                                target -> target.getName().equals("parallelStream"))
                        .or(on(assignableTo(BaseStream.class), "parallel"))))
                .as("no parallel streams")
                .because(PARALLEL_REASON);
    }

    private static ArchRule noIdentityHashCodes(String[] adapters) {
        return logic(adapters)
                .accessTargetWhere(invoke(resolvingTo("hashCode", type(Object.class).or(type(Enum.class)))
                        .or(IdentityHashes.hashCodeOfIdentityHashedRecord()))
                        .or(IdentityHashes.hashHelperOverIdentityHashedValue()))
                .as("no identity hash codes")
                .because(IDENTITY_HASH_REASON);
    }

    private static ArchRule noMutableStaticFields(String[] adapters) {
        GivenFieldsConjunction statics = fields().that().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC);
        if (adapters.length > 0) {
            statics = statics.and().areDeclaredInClassesThat(outsidePackages(adapters));
        }
        return statics.should().beFinal().andShould(new MutableStatics())
                .as("no mutable static fields")
                .because(MUTABLE_STATIC_REASON)
                .allowEmptyShould(true);
    }

    private static ArchRule noFileOrNetworkIo(String[] adapters) {
        DescribedPredicate<JavaClass> io = resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net..")
                .and(DescribedPredicate.not(belongToAnyOf(URI.class, URISyntaxException.class)))
                .or(belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class, FileReader.class, FileWriter.class,
                        RandomAccessFile.class))
                .as("files, sockets or URLs");
        return logic(adapters)
                .dependOnClassesThat(io)
                .as("no file or network I/O")
                .because(IO_REASON);
    }

    private static ArchRule noDefaultLocale(String[] adapters) {
        return logic(adapters)
                .accessTargetWhere(invoke(exactly(type(String.class), "format", String.class, Object[].class)
                        .or(on(type(String.class), "formatted"))
                        .or(exactly(type(String.class), "toUpperCase"))
                        .or(exactly(type(String.class), "toLowerCase"))
                        .or(on(type(Locale.class), "getDefault"))
                        .or(exactly(type(Formatter.class), "<init>"))
                        .or(withoutLocale(type(DateTimeFormatter.class), "ofPattern", "ofLocalizedDate", "ofLocalizedTime", "ofLocalizedDateTime"))
                        .or(withoutLocale(type(SimpleDateFormat.class), "<init>"))
                        .or(withoutLocale(assignableTo(DateFormat.class), "getInstance", "getDateInstance", "getTimeInstance", "getDateTimeInstance"))
                        .or(withoutLocale(assignableTo(NumberFormat.class), "getInstance", "getNumberInstance", "getPercentInstance",
                                "getCurrencyInstance", "getIntegerInstance", "getCompactNumberInstance"))
                        .or(exactly(type(DecimalFormat.class), "<init>"))
                        .or(exactly(type(DecimalFormat.class), "<init>", String.class))
                        .or(withoutLocale(type(MessageFormat.class), "<init>"))
                        .or(exactly(type(MessageFormat.class), "format", String.class, Object[].class))
                        .or(withoutLocale(assignableTo(PrintStream.class).or(assignableTo(PrintWriter.class)), "printf", "format"))
                        .or(on(type(Date.class), "toString", "toLocaleString"))))
                .as("no default locale")
                .because(LOCALE_REASON);
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

    private static DescribedPredicate<CodeUnitAccessTarget> withoutLocale(DescribedPredicate<? super JavaClass> owner, String... names) {
        return DescribedPredicate.describe(String.join("/", names) + " without a Locale of " + owner.getDescription(),
                target -> on(owner, names).test(target)
                        && target.getRawParameterTypes().stream().noneMatch(parameter -> parameter.isEquivalentTo(Locale.class)));
    }

    private static ClassesShould logic(String[] adapters) {
        return adapters.length == 0 ? noClasses().should() : noClasses().that(outsidePackages(adapters)).should();
    }
}
