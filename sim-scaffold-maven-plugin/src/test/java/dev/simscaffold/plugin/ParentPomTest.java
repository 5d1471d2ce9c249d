package dev.simscaffold.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParentPomTest {

    @TempDir
    Path workingDirectory;

    @Test
    void every_byte_but_the_inserted_line_stays_whatever_the_encoding() throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!-- Zürich, 東京 -->\r\n<project>\r\n  <packaging>pom</packaging>\r\n\r\n  <modules>\r\n";
        String tail = "  </modules>\r\n</project>";
        String sibling = "\t<module>billing</module>\r\n";
        Files.writeString(workingDirectory.resolve("pom.xml"), head + sibling + tail, StandardCharsets.UTF_8);
        ParentPom parent = ParentPom.in(workingDirectory);

        parent.write(CoordinationGenerator.load().withModule(parent.text(), "leases"));

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes((head + sibling).getBytes(StandardCharsets.UTF_8));
        expected.writeBytes("\t<module>leases</module>\r\n".getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(workingDirectory.resolve("pom.xml"))).isEqualTo(expected.toByteArray());
    }

    @Test
    void a_directory_without_pom_is_refused_with_the_way_out() {
        assertThatThrownBy(() -> ParentPom.in(workingDirectory)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(workingDirectory + " has no pom.xml; use sim-scaffold:new for a standalone project");
    }
}
