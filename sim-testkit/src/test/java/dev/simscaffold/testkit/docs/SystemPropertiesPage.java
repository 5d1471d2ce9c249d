package dev.simscaffold.testkit.docs;

import dev.simscaffold.testkit.replay.SimProperty;
import java.nio.file.Path;

/**
 * Renders the system properties of {@code docs/reference/system-properties.md} from {@link SimProperty}, which every
 * reader of a {@code -Dsim.*} property names its key from, so the page lists exactly what the code reads.
 */
final class SystemPropertiesPage {

    private SystemPropertiesPage() {
    }

    static String render(Path root) {
        StringBuilder table = new StringBuilder("| property | what it does |\n|---|---|\n");
        for (SimProperty property : SimProperty.values()) {
            table.append("| `").append(property.flag(property.value())).append("` | ")
                    .append(FaultFieldsPage.cell(property.description())).append(" |\n");
        }
        return table.toString();
    }
}
