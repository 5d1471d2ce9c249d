package dev.simscaffold.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Renders how generated values fell into classes, most frequent first, so a user can see at a glance
 * whether a generator reaches the cases that matter:
 *
 * <pre>
 * classes of ListTest#sorts (200 tries)
 *   non-empty  183  91.5%
 *   empty       17   8.5%
 * </pre>
 */
final class ClassificationTable {

    private ClassificationTable() {
    }

    static String render(String name, int tries, SortedMap<String, Integer> classes) {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(classes.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int labelWidth = 0;
        int countWidth = 0;
        for (Map.Entry<String, Integer> row : rows) {
            labelWidth = Math.max(labelWidth, row.getKey().length());
            countWidth = Math.max(countWidth, String.valueOf(row.getValue()).length());
        }
        StringBuilder text = new StringBuilder("classes of ").append(name).append(" (").append(tries).append(" tries)");
        for (Map.Entry<String, Integer> row : rows) {
            double percent = tries == 0 ? 0 : 100.0 * row.getValue() / tries;
            text.append('\n').append(String.format(Locale.ROOT, "  %-" + labelWidth + "s  %" + countWidth + "d  %5.1f%%",
                    row.getKey(), row.getValue(), percent));
        }
        return text.toString();
    }
}
