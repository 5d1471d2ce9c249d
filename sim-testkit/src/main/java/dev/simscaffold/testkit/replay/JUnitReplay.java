package dev.simscaffold.testkit.replay;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JUnit test, printed by a failure report, that replays the failing case in an IDE: paste it into the test
 * class, then run or debug it like any test. It sets the same system properties as the replay command
 * ({@code sim.seed}, and {@code sim.strategy} or {@code sim.replay} when the case needs them), calls the
 * failing test method and clears them again, so the IDE needs no run configuration; add
 * {@code -Dsim.stopAt=N} to one to stop at event {@code #N}.
 */
@Api(Api.Status.INTERNAL)
public final class JUnitReplay {

    private JUnitReplay() {
    }

    /**
     * Renders the test.
     *
     * @param test the failing test
     * @param properties the system properties that select the case, in order, such as {@code sim.seed -> 42}
     * @return the lines, the first saying where to paste it
     */
    public static List<String> snippet(TestCoordinates test, Map<String, String> properties) {
        List<String> lines = new ArrayList<>();
        lines.add("replay in an IDE: paste into " + test.classNameWithoutPackage() + ", then run or debug it"
                + " (-D" + StopAt.PROPERTY + "=N in its run configuration stops at event #N):");
        lines.add("  @org.junit.jupiter.api.Test");
        lines.add("  void replay_" + test.methodName() + "() throws Exception {");
        properties.forEach((name, value) -> lines.add("      System.setProperty(\"" + name + "\", \"" + value + "\");"));
        lines.add("      try {");
        lines.add("          " + test.methodName() + "();");
        lines.add("      } finally {");
        properties.keySet().forEach(name -> lines.add("          System.clearProperty(\"" + name + "\");"));
        lines.add("      }");
        lines.add("  }");
        return lines;
    }
}
