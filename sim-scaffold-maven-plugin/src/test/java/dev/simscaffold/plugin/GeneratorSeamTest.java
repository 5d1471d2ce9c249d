package dev.simscaffold.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.generator.api.Generator;
import dev.simscaffold.generator.api.ParentCoordinates;
import dev.simscaffold.generator.api.Property;
import dev.simscaffold.generator.api.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator of the archetype-coordination jar on the test class path, found through the generator API as the plugin finds it. */
class GeneratorSeamTest {

    private final Generator generator = CoordinationGenerator.load();

    @Test
    void values_are_the_descriptors_properties_given_or_defaulted_and_never_evaluated() {
        Map<String, String> values = generator.values(Map.of("groupId", "com.example", "artifactId", "leases", "moduleName", "${groupId}", "unrelated", "x"));

        assertThat(values.keySet()).containsExactly("groupId", "artifactId", "version", "package", "moduleName", "invariants", "simVersion");
        assertThat(values).containsEntry("package", "com.example").containsEntry("moduleName", "${groupId}").containsEntry("version", "0.1.0-SNAPSHOT");
    }

    @Test
    void the_plugin_refuses_what_the_post_generate_machine_refuses_as_typed_refusals() {
        Map<String, String> good = generator.values(Map.of("groupId", "com.example", "artifactId", "leases"));
        Map<String, String> payload = generator.values(Map.of("groupId", "com.example", "artifactId", "leases", "moduleName", "${x.getClass()}"));
        Map<String, String> escape = generator.values(Map.of("groupId", "com.example", "artifactId", ".."));

        assertThat(generator.refusal(good)).isEmpty();
        assertThat(generator.refusal(payload).map(Refusal::message)).contains("property 'moduleName' = '${x.getClass()}' contains a dollar sign, which generated code cannot carry safely");
        assertThat(generator.refusal(escape).map(Refusal::message).orElseThrow()).startsWith("property 'artifactId' = '..' is not a valid Maven artifactId");
        assertThat(generator.refusal(generator.values(Map.of("artifactId", "leases")))).contains(Refusal.of("groupId", null, "is empty: give it a value"));
    }

    @Test
    void help_gives_each_property_its_default_and_its_rule_in_words() {
        List<Property> help = generator.properties();

        assertThat(help).extracting(Property::key)
                .containsExactly("groupId", "artifactId", "version", "package", "moduleName", "invariants", "simVersion");
        assertThat(help.get(0).defaultValue()).isNull();
        assertThat(help.get(4)).isEqualTo(new Property("moduleName", "LeaseTable", "The prefix of the generated type names: UpperCamelCase letters and digits."));
        assertThat(help).allSatisfy(property -> assertThat(property.rule()).isNotBlank().doesNotContain("(?"));
    }

    @Test
    void a_module_is_listed_with_one_line_and_a_second_listing_is_refused() {
        String parent = "<project>\n  <packaging>pom</packaging>\n  <modules>\n    <module>billing</module>\n  </modules>\n</project>\n";

        String listed = generator.withModule(parent, "leases");

        assertThat(listed).isEqualTo(parent.replace("    <module>billing</module>\n", "    <module>billing</module>\n    <module>leases</module>\n"));
        assertThat(generator.moduleProblem(listed, "leases")).contains("property 'artifactId' = 'leases' is listed as a <module> of this project already");
    }

    @Test
    void the_parents_coordinates_are_read_with_groupId_and_version_inherited_from_its_own_parent(@TempDir Path directory) throws IOException {
        Path pom = Files.writeString(directory.resolve("pom.xml"), """
                <project>
                  <parent><groupId>com.example</groupId><artifactId>root</artifactId><version>7</version></parent>
                  <artifactId>platform</artifactId>
                  <packaging>pom</packaging>
                </project>
                """);

        assertThat(generator.parentCoordinates(pom)).isEqualTo(new ParentCoordinates("com.example", "platform", "7"));
    }
}
