package dev.simscaffold.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps history in {@code CHANGELOG.md}: README.md, CONTRIBUTING.md and {@code docs/} describe the project as it is,
 * so none of them may say what something was, when it changed, or which round of work changed it. Each pattern of
 * {@link #HISTORY} is a way such a sentence has been written here; link targets are skipped (an anchor into
 * BENCHMARKS.md may name an issue's increment), and BENCHMARKS.md, whose figures are measurements with their dates,
 * is not checked.
 */
class DocsHistoryTest {

    private static final Path ROOT = Path.of("..");

    /** Ways of writing history, each with what it catches. */
    static final List<Pattern> HISTORY = List.of(
            // a figure it used to have: "was 4.5×", "was 12 s"
            Pattern.compile("\\bwas [~≈]?\\d"),
            // a dated change: "in December 2026"
            Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}\\b"),
            // rounds, sessions and increments of the work: "until this round", "a later round's", "the first increment"
            Pattern.compile("\\b(this|that|last|previous|next|later|earlier|first|second|third) (round|session|wave|increment)s?\\b",
                    Pattern.CASE_INSENSITIVE),
            // before/after comparisons and what things used to be
            Pattern.compile("\\bbefore/after\\b|\\bformerly\\b|\\bused to (be|take|have)\\b|\\bno longer (takes|needs|is) \\d",
                    Pattern.CASE_INSENSITIVE),
            // a speed-up of the code over an older version of itself
            Pattern.compile("\\b(now|down from|up from) [~≈]?\\d[\\d.,]*\\s*(×|x|s|ms|%)? (to|→) [~≈]?\\d", Pattern.CASE_INSENSITIVE));

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");

    @Test
    void noPageOutsideTheChangelogTellsHistory() throws IOException {
        SortedMap<String, String> pages = DocPages.read(ROOT);
        List<String> history = new ArrayList<>();
        pages.forEach((page, text) -> history.addAll(history(page, text)));
        assertThat(history).as("history outside CHANGELOG.md (move it there, or say what is true now)").isEmpty();
    }

    @Test
    void eachKindOfHistoryIsCaughtAndPresentTenseIsNot() {
        String page = """
                Shrinking was 4.5× slower.
                Replaced by the engine in December 2026.
                Liveness is checked until this round by hand; model checking is a later round's.
                See the [benchmarks](../BENCHMARKS.md#schedule-strategies-issue-25-first-increment).
                A before/after table.
                A run is down from 12 s to 3 s.
                worker-1 was granted epoch 2 at t=7; a node that is no longer live; a round of gossip.
                """;
        assertThat(history("docs/x.md", page)).containsExactly(
                "docs/x.md:1: was 4", "docs/x.md:2: December 2026", "docs/x.md:3: this round", "docs/x.md:3: later round",
                "docs/x.md:5: before/after", "docs/x.md:6: down from 12 s to 3");
    }

    /** One entry per match, as {@code page:line: match}; link targets are blanked first. */
    static List<String> history(String page, String text) {
        List<String> found = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = LINK_TARGET.matcher(lines.get(i)).replaceAll("]()");
            for (Pattern pattern : HISTORY) {
                Matcher match = pattern.matcher(line);
                while (match.find()) {
                    found.add(page + ":" + (i + 1) + ": " + match.group());
                }
            }
        }
        return found;
    }
}
