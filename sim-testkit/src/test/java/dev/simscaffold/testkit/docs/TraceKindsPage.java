package dev.simscaffold.testkit.docs;

import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceMode;
import java.nio.file.Path;

/**
 * Renders the event kinds and trace modes of {@code docs/reference/trace.md} from the enums that define them: each
 * constant in declaration order, whether {@link EventKind#fault()} counts it as an injected fault, and its Javadoc.
 */
final class TraceKindsPage {

    private TraceKindsPage() {
    }

    static String eventKinds(Path root) {
        JavadocText doc = JavadocText.of(root, EventKind.class);
        StringBuilder table = new StringBuilder("| kind | injected fault | what it records |\n|---|---|---|\n");
        for (EventKind kind : EventKind.values()) {
            table.append("| `").append(kind.name()).append("` | ").append(kind.fault() ? "yes" : "").append(" | ")
                    .append(FaultFieldsPage.cell(doc.memberDescription(kind.name()))).append(" |\n");
        }
        return table.toString();
    }

    static String traceModes(Path root) {
        JavadocText doc = JavadocText.of(root, TraceMode.class);
        StringBuilder table = new StringBuilder("| mode | what the trace keeps |\n|---|---|\n");
        for (TraceMode mode : TraceMode.values()) {
            table.append("| `").append(mode.name()).append("` | ").append(FaultFieldsPage.cell(doc.memberDescription(mode.name()))).append(" |\n");
        }
        return table.toString();
    }
}
