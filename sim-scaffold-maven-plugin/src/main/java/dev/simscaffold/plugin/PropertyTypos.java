package dev.simscaffold.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Warnings for a {@code -D} that looks like a misspelt property of the chosen type: Maven hands the plugin
 * every user property of the build, so an unknown one cannot simply be refused (it may be meant for Maven,
 * a profile or another plugin), but one within two edits of a property the type takes is almost surely a
 * typo whose value would otherwise be dropped silently while the default is used.
 */
final class PropertyTypos {

    /** The most edits between a given name and a property for the name to count as a misspelling of it. */
    static final int MOST_EDITS = 2;

    /**
     * Names that are not the type's properties but are common on a Maven command line: the plugin's own
     * ({@code type}, {@code dryRun}), Maven's and the usual plugins' short ones, and the CI-friendly version
     * parts. A name with a dot ({@code maven.repo.local}, {@code sim.stopAt}) is namespaced and never warned.
     */
    static final Set<String> COMMON = Set.of("type", "dryRun", "skipTests", "skip", "test", "revision", "changelist", "sha1",
            "interactiveMode", "archetypeCatalog", "goals", "debug", "offline", "user", "home");

    private PropertyTypos() {
    }

    /**
     * One warning for each given name that is not a property but is at most {@link #MOST_EDITS} edits (an
     * insertion, a deletion, a substitution or a swap of two neighbouring characters) from one, naming the
     * closest (the first in the type's order among equally close ones).
     *
     * @param properties the type's properties, in its order
     * @param given the names of the user's {@code -D} properties
     */
    static List<String> warnings(List<String> properties, Collection<String> given) {
        List<String> warnings = new ArrayList<>();
        for (String name : given) {
            if (properties.contains(name) || COMMON.contains(name) || name.contains(".")) {
                continue;
            }
            String closest = null;
            int fewest = MOST_EDITS + 1;
            for (String property : properties) {
                int edits = edits(name, property);
                if (edits < fewest) {
                    closest = property;
                    fewest = edits;
                }
            }
            if (closest != null) {
                warnings.add("unknown property " + name + "; did you mean " + closest + "? -D" + name + " is ignored");
            }
        }
        return warnings;
    }

    /** The optimal string alignment distance: Levenshtein's edits plus the swap of two neighbours. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
