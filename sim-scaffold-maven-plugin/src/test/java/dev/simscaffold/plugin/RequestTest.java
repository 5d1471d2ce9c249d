package dev.simscaffold.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestTest {

    private static final ArchetypeType COORDINATION = new ArchetypeType("coordination", "dev.simscaffold", "archetype-coordination", "1", "A");

    private final Archetype archetype = new Archetype(COORDINATION, null, CoordinationGenerator.load());

    @TempDir
    Path workingDirectory;

    @Test
    void a_good_request_names_a_new_child_of_the_working_directory() {
        Request request = Request.validate(archetype, Map.of("groupId", "com.example", "artifactId", "leases"), workingDirectory);

        assertThat(request.moduleDirectory()).isEqualTo(workingDirectory.resolve("leases"));
        assertThat(request.values()).containsEntry("package", "com.example");
    }

    @Test
    void paths_as_artifactId_are_refused_by_the_rules_before_anything_exists() {
        for (String path : new String[] {"../escape", "/abs", "a/b", "..", "."}) {
            assertThatThrownBy(() -> Request.validate(archetype, Map.of("groupId", "com.example", "artifactId", path), workingDirectory))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("property 'artifactId' = '" + path + "' is not a valid Maven artifactId");
        }
        assertThat(workingDirectory).isEmptyDirectory();
    }

    @Test
    void a_refused_default_names_the_property_it_came_from_and_a_given_value_is_refused_as_given() {
        String reason = " = 'com..example' is not a valid Java package name: it has an empty segment (a leading, trailing or doubled '.')";

        assertThatThrownBy(() -> Request.validate(archetype, Map.of("groupId", "com..example", "artifactId", "leases"), workingDirectory))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("package (from groupId)" + reason);
        assertThatThrownBy(() -> Request.validate(archetype, Map.of("groupId", "com.example", "artifactId", "leases", "package", "com..example"), workingDirectory))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("property 'package'" + reason);
    }

    @Test
    void an_existing_directory_is_refused_even_when_empty() throws IOException {
        Files.createDirectory(workingDirectory.resolve("leases"));

        assertThatThrownBy(() -> Request.validate(archetype, Map.of("groupId", "com.example", "artifactId", "leases"), workingDirectory))
                .hasMessage("property 'artifactId' = 'leases': " + workingDirectory.resolve("leases") + " already exists; choose another artifactId or generate elsewhere");
    }
}
