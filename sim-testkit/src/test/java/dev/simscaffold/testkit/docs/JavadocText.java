package dev.simscaffold.testkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Javadoc of a main-source type, read from its source file at test time, as Markdown: the one place a
 * field's unit or a kind's meaning is written, so a reference page quotes it instead of copying it. Only what
 * the generated pages need: a type's description and {@code @param} tags, an enum constant's comment, a
 * method's description.
 */
final class JavadocText {

    private static final Pattern COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    private final String source;
    private final String where;

    private JavadocText(String source, String where) {
        this.source = source;
        this.where = where;
    }

    /**
     * Reads the source of a top-level type from the {@code src/main/java} of whichever module of the repository holds it.
     *
     * @param root the repository root
     * @param type the type
     * @return its source's Javadoc
     */
    static JavadocText of(Path root, Class<?> type) {
        String relative = type.getName().replace('.', '/') + ".java";
        try (Stream<Path> modules = Files.list(root)) {
            Path file = modules.map(module -> module.resolve("src/main/java").resolve(relative)).filter(Files::isRegularFile)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no module under " + root + " holds " + relative));
            return new JavadocText(Files.readString(file), root.relativize(file).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests: Javadoc of a given source text. */
    static JavadocText ofSource(String source) {
        return new JavadocText(source, "the given source");
    }

    /** The type's description, up to its first block tag. */
    String typeDescription(String simpleName) {
        return description(typeComment(simpleName));
    }

    /** The type's {@code @param} tags (record components, type parameters), by name, in their order. */
    Map<String, String> typeParams(String simpleName) {
        return params(typeComment(simpleName));
    }

    private static Map<String, String> params(String comment) {
        Map<String, String> params = new LinkedHashMap<>();
        int at = comment.indexOf("@param");
        while (at >= 0) {
            int next = comment.indexOf("\n@", at + 1);
            String tag = comment.substring(at + "@param".length(), next < 0 ? comment.length() : next).strip();
            int space = tag.indexOf(' ');
            if (space > 0) {
                params.put(tag.substring(0, space), markdown(tag.substring(space + 1)));
            }
            at = next < 0 ? -1 : comment.indexOf("@param", next);
        }
        return params;
    }

    /** The comment just before an enum constant or a member whose declaration starts with {@code declaration}. */
    String memberDescription(String declaration) {
        return description(memberComment(Pattern.quote(declaration) + "(?![\\w$])"));
    }

    /** A member's {@code @param} names, in order, for the member whose declaration matches {@code regex} first. */
    List<String> memberParamNames(String regex) {
        return params(memberComment(regex)).keySet().stream().toList();
    }

    /** The description of the member whose declaration matches {@code regex} first. */
    String memberDescriptionMatching(String regex) {
        return description(memberComment(regex));
    }

    /** The type's first paragraph: what a table cell has room for. */
    String typeSummary(String simpleName) {
        String comment = typeComment(simpleName);
        int end = comment.length();
        for (String stop : List.of("\n\n", "<p>", "\n@")) {
            int at = comment.indexOf(stop);
            end = at < 0 ? end : Math.min(end, at);
        }
        return markdown(comment.substring(0, end));
    }

    private String memberComment(String declarationRegex) {
        Matcher comment = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*" + declarationRegex,
                Pattern.DOTALL).matcher(source);
        if (!comment.find()) {
            throw new IllegalStateException(where + " has no Javadoc before a declaration matching '" + declarationRegex + "'");
        }
        return lines(comment.group(1));
    }

    private String typeComment(String simpleName) {
        Matcher declaration = Pattern.compile("\\b(?:class|record|enum|interface) " + Pattern.quote(simpleName) + "\\b").matcher(source);
        if (!declaration.find()) {
            throw new IllegalStateException(where + " declares no type " + simpleName);
        }
        Matcher comment = COMMENT.matcher(source.substring(0, declaration.start()));
        String last = null;
        while (comment.find()) {
            last = comment.group(1);
        }
        if (last == null) {
            throw new IllegalStateException(where + " has no Javadoc before " + simpleName);
        }
        return lines(last);
    }

    /** The comment's lines without their leading {@code *}, joined by newlines. */
    private static String lines(String comment) {
        return String.join("\n", comment.lines().map(line -> line.strip().replaceFirst("^\\*( |$)", "")).toList()).strip();
    }

    private static String description(String comment) {
        int tag = comment.startsWith("@") ? 0 : comment.indexOf("\n@");
        return markdown(tag < 0 ? comment : comment.substring(0, tag));
    }

    /** Javadoc inline tags and the HTML a comment uses, as Markdown on one line (paragraphs joined by a space). */
    static String markdown(String javadoc) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javadoc.length()) {
            if (javadoc.startsWith("{@", i)) {
                int end = closingBrace(javadoc, i);
                String tag = javadoc.substring(i + 2, end);
                int space = tag.indexOf(' ');
                String kind = space < 0 ? tag : tag.substring(0, space);
                String body = space < 0 ? "" : tag.substring(space + 1).strip();
                out.append(switch (kind) {
                    case "code", "literal", "value" -> "`" + body + "`";
                    case "link", "linkplain" -> link(body);
                    default -> body;
                });
                i = end + 1;
            } else {
                out.append(javadoc.charAt(i));
                i++;
            }
        }
        return out.toString().replaceAll("</?p>", " ").replaceAll("</?(em|i)>", "*").replaceAll("</?(b|strong)>", "**")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unclosed inline tag in: " + text.substring(open));
    }

    /** {@code {@link pkg.Type#member(args) label}} as its label, or as {@code `Type.member()`}. */
    private static String link(String body) {
        int close = body.indexOf(')');
        int space = body.indexOf(' ', body.indexOf('(') < 0 ? 0 : Math.max(close, 0));
        if (space > 0) {
            return body.substring(space + 1).strip();
        }
        String target = body.replaceAll("\\(.*\\)", "()");
        String[] typeAndMember = target.split("#", 2);
        String type = typeAndMember[0].substring(typeAndMember[0].lastIndexOf('.') + 1);
        if (typeAndMember.length == 1) {
            return "`" + type + "`";
        }
        return "`" + (type.isEmpty() ? "" : type + ".") + typeAndMember[1] + "`";
    }
}
