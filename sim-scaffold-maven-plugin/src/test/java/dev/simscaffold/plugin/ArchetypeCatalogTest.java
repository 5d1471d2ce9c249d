package dev.simscaffold.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ArchetypeCatalogTest {

    @Test
    void the_built_in_catalog_offers_the_archetypes_this_reactor_built() throws IOException {
        ArchetypeType coordination = ArchetypeCatalog.builtIn().find("coordination");

        Properties built = new Properties();
        try (InputStream in = ArchetypeCatalogTest.class.getClassLoader().getResourceAsStream("META-INF/maven/dev.simscaffold/archetype-coordination/pom.properties")) {
            built.load(in);
        }
        assertThat(coordination.coordinates()).isEqualTo("dev.simscaffold:archetype-coordination:" + built.getProperty("version"));
        assertThat(coordination.description()).startsWith("sim-scaffold Type A: a coordination module");
    }

    @Test
    void only_archetypes_named_archetype_something_become_types_in_catalog_order() throws IOException {
        String xml = """
                <archetype-catalog xmlns="http://maven.apache.org/plugins/maven-archetype-plugin/archetype-catalog/1.0.0">
                  <archetypes>
                    <archetype><groupId>dev.simscaffold</groupId><artifactId>archetype-pipeline</artifactId><version>1.0</version><description>C</description></archetype>
                    <archetype><groupId>org.example</groupId><artifactId>quickstart</artifactId><version>1.0</version></archetype>
                    <archetype><groupId>dev.simscaffold</groupId><artifactId>archetype-gossip</artifactId><version>1.0</version><description>B</description></archetype>
                  </archetypes>
                </archetype-catalog>
                """;

        ArchetypeCatalog catalog = ArchetypeCatalog.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(catalog.types()).extracting(ArchetypeType::name).containsExactly("pipeline", "gossip");
        assertThat(catalog.find("gossip")).isEqualTo(new ArchetypeType("gossip", "dev.simscaffold", "archetype-gossip", "1.0", "B"));
    }

    @Test
    void an_unknown_or_missing_type_is_refused_naming_the_value_and_the_types_there_are() {
        ArchetypeCatalog catalog = new ArchetypeCatalog(List.of(new ArchetypeType("coordination", "g", "archetype-coordination", "1", "A"),
                new ArchetypeType("gossip", "g", "archetype-gossip", "1", "B")));

        assertThatThrownBy(() -> catalog.find("consensus")).hasMessage("property 'type' = 'consensus' is not a sim-scaffold type; use one of coordination, gossip");
        assertThatThrownBy(() -> catalog.find(null)).hasMessage("property 'type' is empty: give it a value, one of coordination, gossip");
    }
}
