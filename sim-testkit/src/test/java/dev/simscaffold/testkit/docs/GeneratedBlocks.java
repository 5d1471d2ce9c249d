package dev.simscaffold.testkit.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated parts of a Markdown page: the text between {@code <!-- generated:begin NAME -->} and
 * {@code <!-- generated:end -->}, each on a line of its own. Everything outside them is hand-written; everything
 * inside is what a renderer of {@link ReferencePages} produced, and is replaced, never edited.
 */
final class GeneratedBlocks {

    static final String END = "<!-- generated:end -->";
    private static final Pattern BEGIN = Pattern.compile("^<!-- generated:begin ([\\w.-]+) -->$", Pattern.MULTILINE);

    private GeneratedBlocks() {
    }

    static String begin(String name) {
        return "<!-- generated:begin " + name + " -->";
    }

    /** The names of the blocks a page holds, in order. */
    static List<String> names(String page) {
        List<String> names = new ArrayList<>();
        Matcher begin = BEGIN.matcher(page);
        while (begin.find()) {
            names.add(begin.group(1));
        }
        return names;
    }

    /**
     * The content of a block: the lines between its markers, each ending in a newline.
     *
     * @return the content, or null when the page has no such block or the block is not closed
     */
    static String content(String page, String name) {
        int[] span = span(page, name);
        return span == null ? null : page.substring(span[0], span[1]);
    }

    /** The page with the block's content replaced; the page must hold the block. */
    static String replace(String page, String name, String content) {
        int[] span = span(page, name);
        if (span == null) {
            throw new IllegalArgumentException("the page has no closed block " + begin(name));
        }
        return page.substring(0, span[0]) + content + page.substring(span[1]);
    }

    private static int[] span(String page, String name) {
        String begin = begin(name) + "\n";
        int start = page.startsWith(begin) ? 0 : page.indexOf("\n" + begin);
        if (start < 0) {
            return null;
        }
        int from = page.indexOf(begin, start) + begin.length();
        int end = from;
        while (end < page.length() && !page.startsWith(END, end)) {
            int next = page.indexOf('\n', end);
            if (next < 0) {
                return null;
            }
            end = next + 1;
        }
        return end < page.length() ? new int[] {from, end} : null;
    }
}
