package dev.simscaffold.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Timelines show one lane per client and survive any operation text. */
class HistoryTimelineTest {
    private static final History<String, String> HISTORY = History.<String, String>builder()
            .invoke("client:1", "put a;b", 0).invoke("client-2", "get #a", 0).ok("client-2", "<b>", 3).info("client:1", 5)
            .invoke("client-2", "get", 7).ok("client-2", "x", 7).build();

    @Test
    void mermaidHasALanePerClientAndNoBreakingCharacters() {
        String chart = HistoryTimeline.mermaid(HISTORY, 1, "t: 1");
        assertThat(chart).startsWith("gantt\n    title t= 1\n    dateFormat x\n")
                .contains("    section client=1\n    op 0 put a,b ? :active, op0, 0, 5\n")
                .contains("    section client-2\n    op 1 get na = <b> :crit, op1, 0, 3\n")
                .contains("op 2 get = x :done, op2, 7, 8");
    }

    @Test
    void htmlEscapesTextAndMarksTheHighlightedOperation() {
        String page = HistoryTimeline.html(HISTORY, 1, "a <title>");
        assertThat(page).contains("<title>a &lt;title&gt;</title>").contains("class=\"op crit\"").contains("class=\"op info\"")
                .contains("= &lt;b&gt;").doesNotContain("<b>");
    }
}
