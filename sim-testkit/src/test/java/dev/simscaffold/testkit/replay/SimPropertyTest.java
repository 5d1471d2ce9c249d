package dev.simscaffold.testkit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SimProperty} is the one source of the {@code -Dsim.*} keys: no other main source of sim-testkit spells one
 * out, and every key it lists is read somewhere, so the reference page rendered from it lists exactly what the code
 * reads.
 */
class SimPropertyTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(-D)?sim\\.[A-Za-z]");

    @Test
    void noMainSourceButTheEnumSpellsOutASimKey() throws IOException {
        List<String> spelled = new ArrayList<>();
        for (Path file : sources()) {
            if (file.endsWith("SimProperty.java")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (KEY_LITERAL.matcher(lines.get(i)).find()) {
                    spelled.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(spelled).as("name the key with SimProperty.X.key() or .flag(value) instead").isEmpty();
    }

    @Test
    void everyListedPropertyIsReadByTheCode() throws IOException {
        StringBuilder code = new StringBuilder();
        for (Path file : sources()) {
            if (!file.endsWith("SimProperty.java")) {
                code.append(Files.readString(file));
            }
        }
        List<SimProperty> unread = Arrays.stream(SimProperty.values())
                .filter(property -> !Pattern.compile("SimProperty\\." + property.name() + "\\b").matcher(code).find()).toList();
        assertThat(unread).as("properties the reference page would list but no code reads").isEmpty();
    }

    @Test
    void keysAreDistinctAndFlagsAreTheCommandLineForm() {
        assertThat(Arrays.stream(SimProperty.values()).map(SimProperty::key).distinct().count()).isEqualTo(SimProperty.values().length);
        assertThat(SimProperty.SEED.flag(42)).isEqualTo("-Dsim.seed=42");
        assertThat(SimProperty.PATH.flag("0_a0_1")).isEqualTo("-Dsim.path=0_a0_1");
    }

    @Test
    void aBlankValueIsNotGiven() {
        String before = System.getProperty(SimProperty.COMMIT.key());
        try {
            System.setProperty(SimProperty.COMMIT.key(), "  ");
            assertThat(SimProperty.COMMIT.given()).isEmpty();
            System.setProperty(SimProperty.COMMIT.key(), "abc123");
            assertThat(SimProperty.COMMIT.given()).contains("abc123");
        } finally {
            if (before == null) {
                System.clearProperty(SimProperty.COMMIT.key());
            } else {
                System.setProperty(SimProperty.COMMIT.key(), before);
            }
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theKeyLiteralPatternSeesBothForms() {
        Matcher plain = KEY_LITERAL.matcher("System.getProperty(\"sim.seed\")");
        Matcher flag = KEY_LITERAL.matcher("\"-Dsim.seed=\" + seed");
        assertThat(plain.find()).isTrue();
        assertThat(flag.find()).isTrue();
        assertThat(KEY_LITERAL.matcher("\"simulation\"").find()).isFalse();
    }
}
