package dev.simscaffold.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.generator.api.Generators;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/reference/properties.md is generated from the archetypes' rule objects: this test renders it from the
 * archetype jars of this build and fails when the checked-in page differs. {@code -Ddocs.update=true}
 * writes the page instead.
 */
class PropertyReferenceTest {

    private static final Path PAGE = Path.of("..", "docs", "reference", "properties.md");

    @Test
    void the_property_reference_is_the_rendering_of_the_rule_objects() throws IOException, URISyntaxException {
        String rendered = PropertyReference.render(archetypes());
        if (Boolean.getBoolean("docs.update")) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(PAGE)).as("%s is missing: write it with -Ddocs.update=true", PAGE).isTrue();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("%s is stale: the rules changed; rebuild it with -Ddocs.update=true", PAGE)
                .isEqualTo(rendered);
    }

    @Test
    void the_page_names_every_type_and_the_rules_in_words() throws IOException, URISyntaxException {
        String rendered = PropertyReference.render(archetypes());

        assertThat(rendered).contains("## coordination", "## gossip", "## pipeline")
                .contains("| `failureTimeout` | `60` | Ticks of silence after which a peer is suspected: a whole number of ticks from 1 to 999999; "
                        + "must be >= 2 * Math.ceil((nodes - 1) / fanout) * gossipInterval: a shorter timeout suspects live peers on a perfect network. |")
                .contains("| `simVersion` | the archetype's version |")
                .doesNotContain("(?");
    }

    /** Every type of the catalog, with its generator loaded from its jar on the test class path. */
    private static List<Archetype> archetypes() throws IOException, URISyntaxException {
        List<Path> jars = new ArrayList<>();
        for (URL entry : Collections.list(PropertyReferenceTest.class.getClassLoader().getResources("META-INF/archetype-post-generate.groovy"))) {
            jars.add(Path.of(((JarURLConnection) entry.openConnection()).getJarFileURL().toURI()));
        }
        List<Archetype> archetypes = new ArrayList<>();
        for (ArchetypeType type : ArchetypeCatalog.builtIn().types()) {
            Path jar = jars.stream().filter(path -> path.getFileName().toString().startsWith(type.artifactId() + "-")).findFirst().orElseThrow();
            archetypes.add(new Archetype(type, jar.toFile(), Generators.load(jar, new PluginRealm(), type.coordinates())));
        }
        return archetypes;
    }
}
