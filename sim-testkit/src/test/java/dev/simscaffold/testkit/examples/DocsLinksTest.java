package dev.simscaffold.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README a front door and the docs connected: README.md stays within {@value #README_MAX_LINES} lines
 * (the rest lives in {@code docs/}), and every relative link in README.md, CONTRIBUTING.md and {@code docs/}
 * reaches a file that exists and, when it names an anchor in a Markdown file, a heading of that file (GitHub's
 * anchor for it). Links inside code are not links and are skipped; absolute URLs are not checked.
 */
class DocsLinksTest {

    static final int README_MAX_LINES = 150;
    private static final Path ROOT = Path.of("..");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.*?)#*\\s*$");

    @Test
    void theReadmeStaysWithinItsLineBudget() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md"))).as("README.md lines").hasSizeLessThanOrEqualTo(README_MAX_LINES);
    }

    @Test
    void everyRelativeLinkReachesAnExistingFileAndHeading() throws IOException {
        SortedMap<String, String> pages = DocPages.read(ROOT);
        assertThat(pages).as("pages under docs/").hasSizeGreaterThan(20);
        List<String> broken = new ArrayList<>();
        pages.forEach((page, text) -> broken.addAll(brokenLinks(page, text, DocsLinksTest::readOrNull)));
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsReported() {
        Function<String, String> files = path -> switch (path) {
            case "docs/guide/02-network.md" -> "# 2. Network\n\n## Fault schedules: random and scripted\n\n## Fault schedules: random and scripted\n";
            case "LICENSE" -> "Apache";
            default -> null;
        };
        String page = "See [the schedules](02-network.md#fault-schedules-random-and-scripted), [again](02-network.md#fault-schedules-random-and-scripted-1),"
                + " [license](../../LICENSE), [web](https://example.org/x.md) and `[code](nowhere.md)`.\n"
                + "```\n[in a block](nowhere.md)\n```\n"
                + "Broken: [gone](03-disks.md), [no heading](02-network.md#crashes), [own](#missing).\n";
        assertThat(brokenLinks("docs/guide/01-first.md", page, files)).containsExactly(
                "docs/guide/01-first.md: 03-disks.md: docs/guide/03-disks.md does not exist",
                "docs/guide/01-first.md: 02-network.md#crashes: docs/guide/02-network.md has no heading #crashes",
                "docs/guide/01-first.md: #missing: docs/guide/01-first.md has no heading #missing");
    }

    @Test
    void anchorsAreGitHubsForHeadingsWithCodeAndPunctuation() {
        assertThat(anchors("## The `release` profile\n### Seed campaigns: stable seed identity, shards anywhere\n## 2. Sans-IO nodes\n"))
                .contains("the-release-profile", "seed-campaigns-stable-seed-identity-shards-anywhere", "2-sans-io-nodes");
    }

    /** One message per link of {@code page} that leads nowhere; {@code read} gives a file's text, or null if none. */
    static List<String> brokenLinks(String page, String text, Function<String, String> read) {
        List<String> broken = new ArrayList<>();
        Path dir = Path.of(page).getParent();
        Matcher link = LINK.matcher(withoutCode(text));
        while (link.find()) {
            String target = link.group(1);
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue;
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String resolved = file.isEmpty() ? page
                    : (dir == null ? Path.of(file) : dir.resolve(file)).normalize().toString().replace('\\', '/');
            String content = resolved.equals(page) ? text : read.apply(resolved);
            if (content == null) {
                broken.add(page + ": " + target + ": " + resolved + " does not exist");
            } else if (hash >= 0 && resolved.endsWith(".md") && !anchors(content).contains(target.substring(hash + 1))) {
                broken.add(page + ": " + target + ": " + resolved + " has no heading #" + target.substring(hash + 1));
            }
        }
        return broken;
    }

    /** GitHub's anchors for a Markdown text's headings: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        boolean fenced = false;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches()) {
                String base = heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String anchor = base;
                for (int repeat = 1; !anchors.add(anchor); repeat++) {
                    anchor = base + "-" + repeat;
                }
            }
        }
        return anchors;
    }

    /** The text with fenced blocks and inline code spans blanked out, so links shown as code are not followed. */
    private static String withoutCode(String markdown) {
        StringBuilder kept = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.lines().toList()) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                kept.append('\n');
            } else if (!fenced) {
                kept.append(line.replaceAll("`[^`]*`", "")).append('\n');
            } else {
                kept.append('\n');
            }
        }
        return kept.toString();
    }

    private static String readOrNull(String path) {
        Path file = ROOT.resolve(path);
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : Files.isDirectory(file) ? "" : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
