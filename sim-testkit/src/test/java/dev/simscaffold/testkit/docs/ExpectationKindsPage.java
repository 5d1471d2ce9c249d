package dev.simscaffold.testkit.docs;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.expect.Kind;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the expectation kinds of {@code docs/reference/expectations.md}: each {@link Kind} in declaration order,
 * its Javadoc, and the factory of {@link Expectation} named after it with its parameters and Javadoc. A kind without
 * a factory of its name fails the rendering, naming it.
 */
final class ExpectationKindsPage {

    private ExpectationKindsPage() {
    }

    static String render(Path root) {
        JavadocText kinds = JavadocText.of(root, Kind.class);
        JavadocText factories = JavadocText.of(root, Expectation.class);
        StringBuilder table = new StringBuilder("| kind | factory | when it must hold | what the factory makes |\n|---|---|---|---|\n");
        for (Kind kind : Kind.values()) {
            String factory = kind.name().toLowerCase(Locale.ROOT);
            boolean exists = Arrays.stream(Expectation.class.getMethods())
                    .anyMatch(m -> m.getName().equals(factory) && Modifier.isStatic(m.getModifiers()) && m.getReturnType() == Expectation.class);
            if (!exists) {
                throw new IllegalStateException("Expectation has no static factory " + factory + "(...) for Kind." + kind);
            }
            String declaration = "public static [^;{=]*\\b" + factory + "\\(";
            String params = factories.memberParamNames(declaration).stream().filter(name -> !name.startsWith("<"))
                    .collect(Collectors.joining(", "));
            table.append("| `").append(kind.name()).append("` | `Expectation.").append(factory).append('(').append(params).append(")` | ")
                    .append(FaultFieldsPage.cell(kinds.memberDescription(kind.name()))).append(" | ")
                    .append(FaultFieldsPage.cell(factories.memberDescriptionMatching(declaration))).append(" |\n");
        }
        return table.toString();
    }
}
