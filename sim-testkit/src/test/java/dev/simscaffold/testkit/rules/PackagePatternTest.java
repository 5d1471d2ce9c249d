package dev.simscaffold.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Adapter package patterns mean what ArchUnit's mean, for every Java identifier and not only ASCII ones. */
class PackagePatternTest {

    private static final List<String> PATTERNS = List.of("..adapters..", "..adapters", "adapters..", "com.example..", "com..io",
            "com.example.adapters", "..*ters..", "com.*..", "..a*s", "com.example", "*", "*..", "..*", "com.*.io", "*.example..");
    private static final List<String> PACKAGES = List.of("", "adapters", "com", "com.example", "com.example.adapters",
            "com.example.adapters.file", "adapters.file", "com.adaptersx", "com.io", "com.a.b.io", "com.example.io.x", "a.b.c",
            "org.example", "com.exampleadapters", "com.xadapters.y", "com.x.io");

    @Test
    void onAsciiPackagesEveryPatternAgreesWithArchUnitsOwnMatcher() {
        int compared = 0;
        for (String pattern : PATTERNS) {
            PackagePattern ours = PackagePattern.parse(pattern);
            PackageMatcher archUnit = PackageMatcher.of(pattern);
            for (String packageName : PACKAGES) {
                assertThat(ours.matches(packageName)).as("%s on '%s'", pattern, packageName).isEqualTo(archUnit.matches(packageName));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(PATTERNS.size() * PACKAGES.size());
    }

    @Test
    void wildcardsMatchNonAsciiIdentifiersWhereArchUnitsDoNot() {
        assertThat(PackageMatcher.of("..adapters..").matches("com.zähler.adapters")).as("ArchUnit's own matcher").isFalse();

        assertThat(PackagePattern.parse("..adapters..").matches("com.zähler.adapters")).isTrue();
        assertThat(PackagePattern.parse("..adapters..").matches("com.zähler.adapters.fichier")).isTrue();
        assertThat(PackagePattern.parse("com.zähler..").matches("com.zähler.ΣΦ")).isTrue();
        assertThat(PackagePattern.parse("..zä*").matches("org.zählwerk")).isTrue();
        assertThat(PackagePattern.parse("..adapters..").matches("com.zähler.logic")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "...adapters", "adapters.", ".adapters", "[..adapters..|..io..]", "..(adapters)..", "com example"})
    void anythingButIdentifiersDotsAndWildcardsIsRefusedNamingThePattern(String pattern) {
        assertThatThrownBy(() -> PackagePattern.parse(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("adapter package pattern \"" + pattern + "\" is not a package pattern");
    }
}
