package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.Locale;

/**
 * Renders a history as a timeline with one lane per client: a Mermaid {@code gantt} chart (GitHub renders
 * it inline) or a self-contained HTML page. Bars span an operation's invocation to its completion in
 * logical ticks; indeterminate operations are marked active, a highlighted operation critical.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class HistoryTimeline {

    private HistoryTimeline() {
    }

    /**
     * Renders a Mermaid gantt chart.
     *
     * @param history the history
     * @param highlight the id of the operation to mark critical, or -1
     * @param title the chart's title
     * @return the chart, without Markdown fences
     */
    public static String mermaid(History<?, ?> history, int highlight, String title) {
        StringBuilder chart = new StringBuilder("gantt\n    title ").append(safe(title)).append("\n    dateFormat x\n    axisFormat %L\n");
        for (String client : history.clients()) {
            chart.append("    section ").append(safe(client)).append('\n');
            for (Operation<?, ?> op : history.operations()) {
                if (op.client().equals(client)) {
                    String tag = op.id() == highlight ? "crit" : op.outcome() == OpOutcome.INFO ? "active" : "done";
                    chart.append("    ").append(safe(label(op))).append(" :").append(tag).append(", op").append(op.id())
                            .append(", ").append(op.invokeTime()).append(", ").append(end(op)).append('\n');
                }
            }
        }
        return chart.toString();
    }

    /**
     * Renders a Mermaid gantt chart inside a Markdown {@code mermaid} block.
     *
     * @param history the history
     * @param highlight the id of the operation to mark critical, or -1
     * @param title the chart's title
     * @return Markdown
     */
    public static String markdown(History<?, ?> history, int highlight, String title) {
        return "```mermaid\n" + mermaid(history, highlight, title) + "```\n";
    }

    /**
     * Renders a self-contained HTML page: one row per client, one bar per operation, its text on hover.
     *
     * @param history the history
     * @param highlight the id of the operation to draw in red, or -1
     * @param title the page's title
     * @return the page
     */
    public static String html(History<?, ?> history, int highlight, String title) {
        long last = history.operations().stream().mapToLong(HistoryTimeline::end).max().orElse(1);
        double scale = 1000.0 / Math.max(1, last);
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(html(title)).append("</title><style>\n")
                .append(".lane{position:relative;height:28px;border-bottom:1px solid #ddd;margin-left:120px}\n")
                .append(".name{position:absolute;left:-120px;width:115px;font:12px monospace}\n")
                .append(".op{position:absolute;top:4px;height:20px;font:11px monospace;overflow:hidden;white-space:nowrap;")
                .append("background:#9cf;border:1px solid #369}\n.info{background:#eee;border-style:dashed}\n.crit{background:#f99}\n")
                .append("</style></head><body>\n<h3>").append(html(title)).append("</h3>\n");
        for (String client : history.clients()) {
            page.append("<div class=\"lane\"><span class=\"name\">").append(html(client)).append("</span>");
            for (Operation<?, ?> op : history.operations()) {
                if (op.client().equals(client)) {
                    String kind = op.id() == highlight ? "op crit" : op.outcome() == OpOutcome.INFO ? "op info" : "op";
                    page.append(String.format(Locale.ROOT, "<div class=\"%s\" style=\"left:%.1fpx;width:%.1fpx\" title=\"%s\">%s</div>",
                            kind, op.invokeTime() * scale, Math.max(2, (end(op) - op.invokeTime()) * scale), html(op.describe()),
                            html(label(op))));
                }
            }
            page.append("</div>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    private static long end(Operation<?, ?> op) {
        return Math.max(op.completeTime(), op.invokeTime() + 1);
    }

    private static String label(Operation<?, ?> op) {
        String result = switch (op.outcome()) {
            case OK -> op.output() == null ? "ok" : "= " + op.output();
            case FAIL -> "fail";
            case INFO -> "?";
        };
        return "op " + op.id() + " " + op.input() + " " + result;
    }

    /** Mermaid gantt lines break on colons, semicolons and hashes: replace them by look-alikes. */
    private static String safe(String text) {
        return text.replace(':', '=').replace(';', ',').replace('#', 'n').replace('\n', ' ');
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
