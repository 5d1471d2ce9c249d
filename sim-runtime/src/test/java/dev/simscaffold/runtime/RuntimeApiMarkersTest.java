package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of sim-runtime carries an {@code @Api} stability marker, as sim-testkit's ApiMarkersTest
 * requires of sim-core and sim-testkit (which do not see this module). {@code @Api} is kept in the class file,
 * not at run time, so the test reads the class files for its descriptor.
 */
class RuntimeApiMarkersTest {

    private static final String API = "Ldev/simscaffold/core/Api;";

    @Test
    void everyPublicTypeCarriesAnApiMarker() throws Exception {
        List<String> unmarked = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Path file : classFiles()) {
            String name = "dev.simscaffold.runtime." + file.getFileName().toString().replace(".class", "");
            Class<?> type = Class.forName(name);
            if (Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
                checked.add(type.getSimpleName());
                if (!marked(file)) {
                    unmarked.add(name);
                }
            }
        }
        assertThat(checked).contains("NodeRuntime", "NodeRuntimeBuilder", "MessageCodec", "TickMapping", "HostStats");
        assertThat(unmarked).as("public types without @Api").isEmpty();
    }

    @Test
    void theScanTellsAMarkedTypeFromAnUnmarkedOne() throws Exception {
        Path classes = directory();
        assertThat(marked(classes.resolve("NodeRuntime.class"))).isTrue();
        assertThat(marked(classes.resolve("Host.class"))).as("package-private, unmarked").isFalse();
    }

    private static boolean marked(Path classFile) throws IOException {
        return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(API);
    }

    private static Path directory() throws URISyntaxException {
        return Path.of(NodeRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/simscaffold/runtime");
    }

    private static List<Path> classFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")
                    && !p.getFileName().toString().equals("package-info.class")).sorted().toList();
        }
    }
}
