package dev.simscaffold.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTyposTest {

    private static final List<String> GOSSIP = List.of("groupId", "artifactId", "version", "package", "moduleName", "invariants", "simVersion",
            "nodes", "fanout", "gossipInterval", "failureTimeout");

    @Test
    void a_misspelt_property_is_named_with_the_closest_one() {
        assertThat(PropertyTypos.warnings(GOSSIP, List.of("groupId", "artifactId", "moduleNmae")))
                .containsExactly("unknown property moduleNmae; did you mean moduleName? -DmoduleNmae is ignored");
        assertThat(PropertyTypos.warnings(GOSSIP, List.of("node", "fanOut", "groupid", "artifactID")))
                .containsExactly("unknown property node; did you mean nodes? -Dnode is ignored",
                        "unknown property fanOut; did you mean fanout? -DfanOut is ignored",
                        "unknown property groupid; did you mean groupId? -Dgroupid is ignored",
                        "unknown property artifactID; did you mean artifactId? -DartifactID is ignored");
    }

    @Test
    void the_types_own_properties_maven_and_namespaced_names_and_far_names_get_no_warning() {
        assertThat(PropertyTypos.warnings(GOSSIP, GOSSIP)).isEmpty();
        assertThat(PropertyTypos.warnings(GOSSIP, List.of("type", "dryRun", "skipTests", "revision", "maven.repo.local", "sim.stopAt", "style", "moduleNameXyz")))
                .isEmpty();
    }

    @Test
    void a_name_is_checked_against_the_chosen_types_properties_only() {
        List<String> coordination = GOSSIP.subList(0, 7);

        assertThat(PropertyTypos.warnings(coordination, List.of("nodes"))).isEmpty();
        assertThat(PropertyTypos.warnings(GOSSIP, List.of("node"))).hasSize(1);
    }

    @Test
    void edits_count_insertions_deletions_substitutions_and_swaps_of_neighbours() {
        assertThat(PropertyTypos.edits("moduleName", "moduleName")).isZero();
        assertThat(PropertyTypos.edits("moduleNmae", "moduleName")).isEqualTo(1);
        assertThat(PropertyTypos.edits("node", "nodes")).isEqualTo(1);
        assertThat(PropertyTypos.edits("nodess", "node")).isEqualTo(2);
        assertThat(PropertyTypos.edits("groupId", "groupiD")).isEqualTo(2);
        assertThat(PropertyTypos.edits("version", "revision")).isEqualTo(3);
        assertThat(PropertyTypos.edits("", "abc")).isEqualTo(3);
    }

    @Test
    void among_equally_close_properties_the_first_in_the_types_order_is_named() {
        assertThat(PropertyTypos.warnings(List.of("aab", "abb"), List.of("abab"))).containsExactly("unknown property abab; did you mean aab? -Dabab is ignored");
        assertThat(PropertyTypos.warnings(List.of("abb", "aab"), List.of("abab"))).containsExactly("unknown property abab; did you mean abb? -Dabab is ignored");
    }
}
