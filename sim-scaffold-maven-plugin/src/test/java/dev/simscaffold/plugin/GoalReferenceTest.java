package dev.simscaffold.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * docs/reference/goals.md is generated from {@link Goal}, and {@link Goal} must name exactly the goals of the
 * plugin descriptor that maven-plugin-plugin builds from the mojos (with the class Maven runs for each).
 * {@code -Ddocs.update=true} writes the page instead of failing.
 */
class GoalReferenceTest {

    private static final Path PAGE = Path.of("..", "docs", "reference", "goals.md");
    private static final String DESCRIPTOR = "/META-INF/maven/dev.simscaffold/sim-scaffold-maven-plugin/plugin-help.xml";

    @Test
    void the_goals_page_is_the_rendering_of_the_goals() throws IOException {
        String rendered = GoalReference.render();
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("%s is stale: the goals changed; rebuild it with -Ddocs.update=true", PAGE)
                .isEqualTo(rendered);
    }

    @Test
    void the_goals_are_the_plugin_descriptors_goals_with_their_mojos() throws Exception {
        Map<String, String> described = Arrays.stream(Goal.values())
                .collect(Collectors.toMap(Goal::goalName, goal -> goal.mojo().getName(), (a, b) -> a, LinkedHashMap::new));

        assertThat(described).isEqualTo(descriptorGoals());
    }

    @Test
    void help_lists_every_goal_and_the_page_escapes_markup() {
        assertThat(Listing.goals()).contains("  new   -Dtype=<type>", "  add   -Dtype=<type> -DartifactId=<artifactId> [more properties], in the directory",
                "  list  the types", "  help  the goals and the types", "new and add check every property");
        assertThat(GoalReference.render()).contains("one &lt;module&gt; line").doesNotContain("| generates ./<artifactId>");
    }

    /** Goal name to implementation class, as the descriptor in this build's classes lists them. */
    private static Map<String, String> descriptorGoals() throws IOException, ParserConfigurationException, SAXException {
        Map<String, String> goals = new LinkedHashMap<>();
        try (InputStream descriptor = GoalReferenceTest.class.getResourceAsStream(DESCRIPTOR)) {
            assertThat(descriptor).as("the plugin descriptor %s is on the test class path", DESCRIPTOR).isNotNull();
            NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor).getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                goals.put(text(mojo, "goal"), text(mojo, "implementation"));
            }
        }
        return goals;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
