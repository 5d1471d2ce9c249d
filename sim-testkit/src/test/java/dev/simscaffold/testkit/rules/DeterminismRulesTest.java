package dev.simscaffold.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.simscaffold.testkit.rules.fixtures.adapters.WallClockAdapter;
import dev.simscaffold.testkit.rules.fixtures.logic.AppendsToStaticFinalBuilder;
import dev.simscaffold.testkit.rules.fixtures.logic.AppendsToStaticFinalListByReference;
import dev.simscaffold.testkit.rules.fixtures.logic.CallsAsync;
import dev.simscaffold.testkit.rules.fixtures.logic.CollectsConcurrently;
import dev.simscaffold.testkit.rules.fixtures.logic.CollectsToHashSet;
import dev.simscaffold.testkit.rules.fixtures.logic.ConstructsDate;
import dev.simscaffold.testkit.rules.fixtures.logic.CountsInStaticField;
import dev.simscaffold.testkit.rules.fixtures.logic.CountsInStaticFinalAtomic;
import dev.simscaffold.testkit.rules.fixtures.logic.CreatesHashSetByReference;
import dev.simscaffold.testkit.rules.fixtures.logic.FormatsDateWithDefaultFormat;
import dev.simscaffold.testkit.rules.fixtures.logic.FormatsLocalizedDate;
import dev.simscaffold.testkit.rules.fixtures.logic.FormatsWithDecimalFormat;
import dev.simscaffold.testkit.rules.fixtures.logic.FormatsWithDefaultLocale;
import dev.simscaffold.testkit.rules.fixtures.logic.FormatsWithFormatted;
import dev.simscaffold.testkit.rules.fixtures.logic.FormatsWithMessageFormat;
import dev.simscaffold.testkit.rules.fixtures.logic.HashesEnum;
import dev.simscaffold.testkit.rules.fixtures.logic.HashesEnumThroughObjectsHash;
import dev.simscaffold.testkit.rules.fixtures.logic.HashesObjectIdentity;
import dev.simscaffold.testkit.rules.fixtures.logic.HashesPlainObjectThroughObjectsHashCode;
import dev.simscaffold.testkit.rules.fixtures.logic.HashesRecordHoldingEnum;
import dev.simscaffold.testkit.rules.fixtures.logic.HoldsStaticCache;
import dev.simscaffold.testkit.rules.fixtures.logic.IteratesHashMap;
import dev.simscaffold.testkit.rules.fixtures.logic.IteratesSetOf;
import dev.simscaffold.testkit.rules.fixtures.logic.LowerCasesWithDefaultLocale;
import dev.simscaffold.testkit.rules.fixtures.logic.MutatesStaticFinalMap;
import dev.simscaffold.testkit.rules.fixtures.logic.ObeysHashAndStaticRules;
import dev.simscaffold.testkit.rules.fixtures.logic.ObeysNewRules;
import dev.simscaffold.testkit.rules.fixtures.logic.ObeysRules;
import dev.simscaffold.testkit.rules.fixtures.logic.OpensFile;
import dev.simscaffold.testkit.rules.fixtures.logic.OpensSocket;
import dev.simscaffold.testkit.rules.fixtures.logic.PrintsDateInDefaultZone;
import dev.simscaffold.testkit.rules.fixtures.logic.PrintsIdentityInToString;
import dev.simscaffold.testkit.rules.fixtures.logic.PrintsWithPrintf;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsCalendar;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsDefaultTimeZone;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsEnvironment;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsFile;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsMonthDay;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsNanoTime;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsProcessorCount;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsPropertyByReference;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsSystemZone;
import dev.simscaffold.testkit.rules.fixtures.logic.ReadsWallClock;
import dev.simscaffold.testkit.rules.fixtures.logic.ReferencesMathRandom;
import dev.simscaffold.testkit.rules.fixtures.logic.ReferencesObjectHashCode;
import dev.simscaffold.testkit.rules.fixtures.logic.ReferencesWallClock;
import dev.simscaffold.testkit.rules.fixtures.logic.ShufflesWithHiddenRandom;
import dev.simscaffold.testkit.rules.fixtures.logic.StartsThread;
import dev.simscaffold.testkit.rules.fixtures.logic.UpperCasesWithDefaultLocale;
import dev.simscaffold.testkit.rules.fixtures.logic.UsesConcurrentHashMap;
import dev.simscaffold.testkit.rules.fixtures.logic.UsesIdentityHashCode;
import dev.simscaffold.testkit.rules.fixtures.logic.UsesJavaUtilRandom;
import dev.simscaffold.testkit.rules.fixtures.logic.UsesParallelStream;
import dev.simscaffold.testkit.rules.fixtures.logic.UsesRandomUuid;
import dev.simscaffold.testkit.rules.fixtures.logic.UsesSecureRandom;
import dev.simscaffold.testkit.rules.fixtures.logic.UsesSplittableRandom;
import dev.simscaffold.testkit.rules.fixtures.logic.UsesThreadLocalRandom;
import dev.simscaffold.testkit.rules.fixtures.zähler.adapters.ClockAdapter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule fails on a class that breaks it, with its reason, and passes on one that obeys it. */
class DeterminismRulesTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(ReadsWallClock.class, DeterminismRules.noWallClock(), DeterminismRules.WALL_CLOCK_REASON, "Instant.now()"),
                Arguments.of(ReadsNanoTime.class, DeterminismRules.noWallClock(), DeterminismRules.WALL_CLOCK_REASON, "System.nanoTime()"),
                Arguments.of(UsesJavaUtilRandom.class, DeterminismRules.noUnseededRandomness(), DeterminismRules.RANDOMNESS_REASON, "java.util.Random"),
                Arguments.of(UsesRandomUuid.class, DeterminismRules.noUnseededRandomness(), DeterminismRules.RANDOMNESS_REASON, "UUID.randomUUID()"),
                Arguments.of(StartsThread.class, DeterminismRules.noThreads(), DeterminismRules.THREADS_REASON, "java.lang.Thread"),
                Arguments.of(CallsAsync.class, DeterminismRules.noThreads(), DeterminismRules.THREADS_REASON, "supplyAsync"),
                Arguments.of(ReadsEnvironment.class, DeterminismRules.noEnvironmentReads(), DeterminismRules.ENVIRONMENT_REASON, "System.getenv"),
                Arguments.of(IteratesHashMap.class, DeterminismRules.noUnorderedCollections(), DeterminismRules.UNORDERED_REASON, "HashMap.<init>"),
                Arguments.of(IteratesSetOf.class, DeterminismRules.noUnorderedCollections(), DeterminismRules.UNORDERED_REASON, "Set.of"),
                Arguments.of(UsesConcurrentHashMap.class, DeterminismRules.noUnorderedCollections(), DeterminismRules.UNORDERED_REASON, "ConcurrentHashMap.<init>"),
                Arguments.of(CollectsConcurrently.class, DeterminismRules.noUnorderedCollections(), DeterminismRules.UNORDERED_REASON, "groupingByConcurrent"),
                Arguments.of(UsesIdentityHashCode.class, DeterminismRules.noUnorderedCollections(), DeterminismRules.UNORDERED_REASON, "identityHashCode"),
                Arguments.of(UsesParallelStream.class, DeterminismRules.noParallelStreams(), DeterminismRules.PARALLEL_REASON, "parallelStream"),
                Arguments.of(ReferencesWallClock.class, DeterminismRules.noWallClock(), DeterminismRules.WALL_CLOCK_REASON, "System.currentTimeMillis()"),
                Arguments.of(ReadsCalendar.class, DeterminismRules.noWallClock(), DeterminismRules.WALL_CLOCK_REASON, "Calendar.getInstance()"),
                Arguments.of(ReadsDefaultTimeZone.class, DeterminismRules.noWallClock(), DeterminismRules.WALL_CLOCK_REASON, "TimeZone.getDefault()"),
                Arguments.of(CreatesHashSetByReference.class, DeterminismRules.noUnorderedCollections(), DeterminismRules.UNORDERED_REASON, "HashSet.<init>()"),
                Arguments.of(ShufflesWithHiddenRandom.class, DeterminismRules.noUnseededRandomness(), DeterminismRules.RANDOMNESS_REASON, "Collections.shuffle(java.util.List)"),
                Arguments.of(UsesSecureRandom.class, DeterminismRules.noUnseededRandomness(), DeterminismRules.RANDOMNESS_REASON, "SecureRandom"),
                Arguments.of(UsesSplittableRandom.class, DeterminismRules.noUnseededRandomness(), DeterminismRules.RANDOMNESS_REASON, "SplittableRandom"),
                Arguments.of(HashesObjectIdentity.class, DeterminismRules.noIdentityHashCodes(), DeterminismRules.IDENTITY_HASH_REASON, "Object.hashCode()"),
                Arguments.of(HashesEnum.class, DeterminismRules.noIdentityHashCodes(), DeterminismRules.IDENTITY_HASH_REASON, "hashCode()"),
                Arguments.of(CountsInStaticField.class, DeterminismRules.noMutableStaticFields(), DeterminismRules.MUTABLE_STATIC_REASON, "nextId"),
                Arguments.of(ReadsFile.class, DeterminismRules.noFileOrNetworkIo(), DeterminismRules.IO_REASON, "java.nio.file.Files"),
                Arguments.of(OpensSocket.class, DeterminismRules.noFileOrNetworkIo(), DeterminismRules.IO_REASON, "java.net.Socket"),
                Arguments.of(FormatsWithDefaultLocale.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "String.format"),
                Arguments.of(UpperCasesWithDefaultLocale.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "String.toUpperCase()"),
                Arguments.of(ConstructsDate.class, DeterminismRules.noWallClock(), DeterminismRules.WALL_CLOCK_REASON, "Date.<init>()"),
                Arguments.of(ReadsSystemZone.class, DeterminismRules.noWallClock(), DeterminismRules.WALL_CLOCK_REASON, "ZoneId.systemDefault()"),
                Arguments.of(ReferencesMathRandom.class, DeterminismRules.noUnseededRandomness(), DeterminismRules.RANDOMNESS_REASON, "Math.random()"),
                Arguments.of(UsesThreadLocalRandom.class, DeterminismRules.noUnseededRandomness(), DeterminismRules.RANDOMNESS_REASON, "ThreadLocalRandom"),
                Arguments.of(ReferencesObjectHashCode.class, DeterminismRules.noIdentityHashCodes(), DeterminismRules.IDENTITY_HASH_REASON, "Object.hashCode()"),
                Arguments.of(HoldsStaticCache.class, DeterminismRules.noMutableStaticFields(), DeterminismRules.MUTABLE_STATIC_REASON, "seen"),
                Arguments.of(OpensFile.class, DeterminismRules.noFileOrNetworkIo(), DeterminismRules.IO_REASON, "java.io.File"),
                Arguments.of(FormatsWithFormatted.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "String.formatted"),
                Arguments.of(LowerCasesWithDefaultLocale.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "String.toLowerCase()"),
                Arguments.of(CollectsToHashSet.class, DeterminismRules.noUnorderedCollections(), DeterminismRules.UNORDERED_REASON, "Collectors.toSet()"),
                Arguments.of(ReadsPropertyByReference.class, DeterminismRules.noEnvironmentReads(), DeterminismRules.ENVIRONMENT_REASON, "System.getProperty"),
                Arguments.of(HashesEnumThroughObjectsHash.class, DeterminismRules.noIdentityHashCodes(), DeterminismRules.IDENTITY_HASH_REASON, "Objects.hash"),
                Arguments.of(HashesRecordHoldingEnum.class, DeterminismRules.noIdentityHashCodes(), DeterminismRules.IDENTITY_HASH_REASON, "Member.hashCode()"),
                Arguments.of(HashesPlainObjectThroughObjectsHashCode.class, DeterminismRules.noIdentityHashCodes(), DeterminismRules.IDENTITY_HASH_REASON, "Objects.hashCode"),
                Arguments.of(PrintsIdentityInToString.class, DeterminismRules.noIdentityHashCodes(), DeterminismRules.IDENTITY_HASH_REASON, "Object.toString()"),
                Arguments.of(MutatesStaticFinalMap.class, DeterminismRules.noMutableStaticFields(), DeterminismRules.MUTABLE_STATIC_REASON, "SEEN"),
                Arguments.of(CountsInStaticFinalAtomic.class, DeterminismRules.noMutableStaticFields(), DeterminismRules.MUTABLE_STATIC_REASON, "incrementAndGet"),
                Arguments.of(AppendsToStaticFinalListByReference.class, DeterminismRules.noMutableStaticFields(), DeterminismRules.MUTABLE_STATIC_REASON, "LOG"),
                Arguments.of(AppendsToStaticFinalBuilder.class, DeterminismRules.noMutableStaticFields(), DeterminismRules.MUTABLE_STATIC_REASON, "append"),
                Arguments.of(PrintsDateInDefaultZone.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "Date.toString()"),
                Arguments.of(FormatsDateWithDefaultFormat.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "DateFormat.getDateTimeInstance()"),
                Arguments.of(FormatsWithMessageFormat.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "MessageFormat.format"),
                Arguments.of(FormatsWithDecimalFormat.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "DecimalFormat.<init>(java.lang.String)"),
                Arguments.of(PrintsWithPrintf.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "PrintWriter.printf"),
                Arguments.of(FormatsLocalizedDate.class, DeterminismRules.noDefaultLocale(), DeterminismRules.LOCALE_REASON, "ofLocalizedDate"),
                Arguments.of(ReadsProcessorCount.class, DeterminismRules.noEnvironmentReads(), DeterminismRules.ENVIRONMENT_REASON, "availableProcessors"),
                Arguments.of(ReadsMonthDay.class, DeterminismRules.noWallClock(), DeterminismRules.WALL_CLOCK_REASON, "MonthDay.now()"));
    }

    @ParameterizedTest(name = "{0} breaks its rule")
    @MethodSource("violations")
    void eachRuleFailsOnAClassThatBreaksItAndSaysWhatToDoInstead(Class<?> offender, ArchRule rule, String reason, String detail) {
        JavaClasses classes = new ClassFileImporter().importClasses(offender);
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(reason)
                .hasMessageContaining(offender.getSimpleName())
                .hasMessageContaining(detail);
        assertThatThrownBy(() -> DeterminismRules.strict().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aClassThatObeysEveryRulePassesStrict() {
        JavaClasses classes = new ClassFileImporter().importClasses(ObeysRules.class);
        DeterminismRules.strict().check(classes);
        assertThat(DeterminismRules.strict().evaluate(classes).hasViolation()).isFalse();
    }

    @Test
    void theNewerCleanTwinPassesStrict() {
        JavaClasses classes = new ClassFileImporter().importClasses(ObeysNewRules.class, ObeysNewRules.Role.class, ObeysNewRules.Key.class);
        DeterminismRules.strict().check(classes);
    }

    @Test
    void theHashAndStaticCleanTwinPassesStrict() {
        JavaClasses classes = new ClassFileImporter().importClasses(ObeysHashAndStaticRules.class, ObeysHashAndStaticRules.Role.class,
                ObeysHashAndStaticRules.Key.class, ObeysHashAndStaticRules.Slot.class);
        DeterminismRules.strict().check(classes);
    }

    @Test
    void moderateLetsAdaptersTouchTheRealWorldButNotLogic() {
        JavaClasses adapter = new ClassFileImporter().importClasses(WallClockAdapter.class, ObeysRules.class);
        assertThat(DeterminismRules.strict().evaluate(adapter).hasViolation()).isTrue();
        assertThat(DeterminismRules.moderate("..adapters..").evaluate(adapter).hasViolation()).isFalse();

        JavaClasses logic = new ClassFileImporter().importClasses(ReadsWallClock.class);
        assertThatThrownBy(() -> DeterminismRules.moderate("..adapters..").check(logic))
                .hasMessageContaining(DeterminismRules.WALL_CLOCK_REASON);
    }

    @Test
    void moderateExemptsAdaptersBelowAPackageWithNonAsciiLetters() {
        JavaClasses adapter = new ClassFileImporter().importClasses(ClockAdapter.class, ObeysRules.class);
        assertThat(DeterminismRules.strict().evaluate(adapter).hasViolation()).isTrue();
        assertThat(DeterminismRules.moderate("..adapters..").evaluate(adapter).hasViolation()).isFalse();
        assertThat(DeterminismRules.moderate("..zähler.adapters").evaluate(adapter).hasViolation()).isFalse();
        assertThat(DeterminismRules.moderate("..logic..").evaluate(adapter).hasViolation()).isTrue();
    }

    @Test
    void outsidePackagesDrawsTheSameBoundaryForAModulesOwnRules() {
        JavaClasses classes = new ClassFileImporter().importClasses(ClockAdapter.class, WallClockAdapter.class, ObeysRules.class);
        assertThat(classes.that(DeterminismRules.outsidePackages("..adapters..")))
                .extracting(javaClass -> javaClass.getSimpleName()).containsExactly("ObeysRules");
        assertThat(DeterminismRules.outsidePackages("..adapters..").getDescription()).isEqualTo("reside outside of packages ['..adapters..']");
        assertThatThrownBy(DeterminismRules::outsidePackages).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("package pattern");
    }

    @Test
    void moderateNeedsAnAdapterPackage() {
        assertThatThrownBy(DeterminismRules::moderate).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adapter package");
        assertThatThrownBy(() -> DeterminismRules.moderate(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\" \"");
        assertThatThrownBy(() -> DeterminismRules.moderate("[..adapters..|..io..]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"[..adapters..|..io..]\" is not a package pattern");
    }
}
