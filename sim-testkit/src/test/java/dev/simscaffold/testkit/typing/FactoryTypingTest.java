package dev.simscaffold.testkit.typing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * What a node factory's type promises is checked by the compiler, not at run time: the same small program
 * compiles when the node implements what its factory requires and fails to compile when it does not. The
 * programs are compiled here, against this module's test class path, so the claim is tested rather than
 * asserted in prose.
 */
class FactoryTypingTest {

    private static final String NODE = """
            import dev.simscaffold.core.net.*;
            import dev.simscaffold.core.random.SimRandom;
            import dev.simscaffold.core.storage.*;
            import dev.simscaffold.core.time.LogicalTime;
            import java.util.Optional;

            class Plain implements SansIoNode<String> {
                public void handleInput(NodeId from, String message, LogicalTime now) { }
                public void handleTimeout(LogicalTime now) { }
                public Optional<Transmit<String>> pollTransmit() { return Optional.empty(); }
                public Optional<LogicalTime> pollTimeout() { return Optional.empty(); }
            }

            class OnDisk extends Plain implements StorageNode<String> {
                public void handleCompletion(Completion completion, LogicalTime now) { }
            }

            class Remembers extends Plain implements Durable<Integer> {
                public Integer durableState() { return 1; }
            }

            class Program {
                static void build() {
                    %s
                }
            }
            """;

    @Test
    void aDiskNodeFactoryMustMakeAStorageNode() {
        assertThat(compile("SimNetwork.diskNodes(1, (id, random, now, disk, recovered) -> new OnDisk()).build();")).isEmpty();
        assertThat(compile("SimNetwork.diskNodes(1, (id, random, now, disk, recovered) -> new Plain()).build();"))
                .as("a node that cannot receive its disk's completions").isNotEmpty();
    }

    @Test
    void aDurableNodeFactoryMustMakeANodeThatExposesItsStateType() {
        String restoring = """
                SimNetwork.durableNodes(1, new DurableNodeFactory<Integer, Remembers>() {
                    public Remembers create(NodeId id, SimRandom random, LogicalTime now) { return new Remembers(); }
                    public Remembers restore(NodeId id, SimRandom random, Integer stored, LogicalTime now) { return new Remembers(); }
                }).build();""";
        assertThat(compile(restoring)).isEmpty();
        assertThat(compile(restoring.replace("Integer", "String")))
                .as("a node whose durable state is an Integer, restored as a String").isNotEmpty();
    }

    @Test
    void aDurableFactoryCannotBeHandedToNodesThatRestartFresh() {
        String fresh = """
                DurableNodeFactory<Integer, Remembers> factory = new DurableNodeFactory<>() {
                    public Remembers create(NodeId id, SimRandom random, LogicalTime now) { return new Remembers(); }
                    public Remembers restore(NodeId id, SimRandom random, Integer stored, LogicalTime now) { return new Remembers(); }
                };
                SimNetwork.nodes(1, factory).build();""";
        assertThat(compile(fresh)).as("its restore would be silently ignored").isNotEmpty();
    }

    @Test
    void aMixedClusterNeedsNoTypeWitness() {
        assertThat(compile("SimNetwork<String> net = SimNetwork.diskNodes(2, (id, random, now, disk, recovered) -> new OnDisk())"
                + ".nodes(2, (id, random, now) -> new Plain()).build();")).isEmpty();
    }

    /** Compiles the program with {@code body} in it; returns the errors. */
    private static List<String> compile(String body) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Program.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return NODE.formatted(body);
            }
        };
        List<String> options = List.of("-proc:none", "-d", System.getProperty("java.io.tmpdir") + "/sim-typing-test",
                "-classpath", System.getProperty("java.class.path"));
        compiler.getTask(null, null, diagnostics, options, null, List.of(source)).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(diagnostic.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
