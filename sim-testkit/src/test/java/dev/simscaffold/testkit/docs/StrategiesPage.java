package dev.simscaffold.testkit.docs;

import dev.simscaffold.core.explore.Strategy;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the strategies of {@code docs/reference/strategies.md} from {@link Strategy#parse(String)}: the text forms
 * are the ones its refusal of an unknown name lists; each form, with example parameters, is parsed, and the page
 * shows the record it gives, that record's parameters and first paragraph (from its Javadoc), the text it prints
 * back ({@link Strategy#name()}) and the bound sentence a report prints for a sample run.
 */
final class StrategiesPage {

    /** The sample run whose bound each row states: as many decisions and chains as a typical corpus Raft run. */
    static final long SAMPLE_CHAINS = 7;
    static final long SAMPLE_DECISIONS = 412;

    /** The example value of each placeholder the parser's message names; a new placeholder needs one here. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "DEPTH", "3", "LENGTH", "1000", "TICKS", "30", "INNER", "pct:3", "A,B,...", "pct:3,pos");

    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z,.]*");

    private StrategiesPage() {
    }

    static String render(Path root) {
        StringBuilder table = new StringBuilder("| form | example | parses to | parameters | what it does | bound printed for a run of "
                + SAMPLE_DECISIONS + " decisions over " + SAMPLE_CHAINS + " chains |\n|---|---|---|---|---|---|\n");
        for (String form : forms()) {
            String example = example(form);
            Strategy strategy = Strategy.parse(example);
            Class<?> type = strategy.getClass();
            JavadocText doc = JavadocText.of(root, type);
            Map<String, String> params = doc.typeParams(type.getSimpleName());
            List<String> parameters = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                parameters.add("`" + component.getName() + "`: " + params.getOrDefault(component.getName(), ""));
            }
            table.append("| `").append(form).append("` | `").append(example).append("` (prints `").append(strategy.name()).append("`) | `")
                    .append(type.getSimpleName()).append("` | ").append(FaultFieldsPage.cell(String.join("; ", parameters))).append(" | ")
                    .append(FaultFieldsPage.cell(doc.typeSummary(type.getSimpleName()))).append(" | ")
                    .append(FaultFieldsPage.cell(strategy.describeBound(SAMPLE_CHAINS, SAMPLE_DECISIONS))).append(" |\n");
        }
        return table.toString();
    }

    /** The forms {@link Strategy#parse} accepts, as its message for an unknown name lists them. */
    static List<String> forms() {
        String message;
        try {
            Strategy.parse("?");
            throw new IllegalStateException("Strategy.parse accepted '?'");
        } catch (IllegalArgumentException refused) {
            message = refused.getMessage();
        }
        int expected = message.indexOf("expected ");
        if (expected < 0) {
            throw new IllegalStateException("Strategy.parse's refusal no longer lists the forms after 'expected ': " + message);
        }
        List<String> forms = new ArrayList<>();
        for (String part : message.substring(expected + "expected ".length()).split(", | or ")) {
            forms.add(part.strip());
        }
        return forms;
    }

    /** The form with each placeholder replaced by its example value. */
    static String example(String form) {
        Matcher placeholder = PLACEHOLDER.matcher(form);
        StringBuilder example = new StringBuilder();
        while (placeholder.find()) {
            String value = EXAMPLES.get(placeholder.group());
            if (value == null) {
                throw new IllegalStateException("the strategy form '" + form + "' has a placeholder " + placeholder.group()
                        + " without an example value; add one to StrategiesPage.EXAMPLES");
            }
            placeholder.appendReplacement(example, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(example);
        return example.toString();
    }
}
