package dev.simscaffold.archetype.support

/**
 * Finds elements in an XML text by their path from the root, with their exact character ranges, so that
 * an edit changes only those characters: comments, blank lines and formatting elsewhere stay as they
 * are, and a {@code <module>} inside a comment or a profile is never mistaken for a real one.
 */
final class XmlElements {

    /**
     * One element.
     *
     * start is the index of its '<', end the index after its closing '>'; its content lies between
     * contentStart and contentEnd.
     */
    static final class Element {
        List<String> path
        int start
        int contentStart
        int contentEnd
        int end

        String text(String xml) {
            return xml.substring(contentStart, contentEnd).trim()
        }
    }

    private XmlElements() {
    }

    /** Every element whose path from the root is {@code path}, e.g. ['project', 'modules', 'module']. */
    static List<Element> find(String xml, List<String> path) {
        return all(xml).findAll { it.path == path }
    }

    static List<Element> all(String xml) {
        List<Element> elements = []
        Deque<Element> open = new ArrayDeque<>()
        int at = xml.indexOf('<')
        while (at >= 0) {
            int next
            if (xml.startsWith('<!--', at)) {
                next = after(xml, '-->', at)
            } else if (xml.startsWith('<![CDATA[', at)) {
                next = after(xml, ']]>', at)
            } else if (xml.startsWith('<?', at)) {
                next = after(xml, '?>', at)
            } else if (xml.startsWith('<!', at)) {
                next = after(xml, '>', at)
            } else {
                int close = tagEnd(xml, at)
                next = close + 1
                if (xml.charAt(at + 1) == '/' as char) {
                    Element element = open.pop()
                    element.contentEnd = at
                    element.end = next
                } else {
                    String name = xml.substring(at + 1, close).split(/[\s\/]/)[0]
                    List<String> path = (open.peek()?.path ?: []) + [name]
                    Element element = new Element(path: path, start: at, contentStart: next)
                    elements << element
                    if (xml.charAt(close - 1) == '/' as char) {
                        element.contentEnd = next
                        element.end = next
                    } else {
                        open.push(element)
                    }
                }
            }
            at = xml.indexOf('<', next)
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed <${open.peek().path.last()}>")
        }
        return elements
    }

    /** {@code xml} without the element, and without its line when the element stood alone on it. */
    static String remove(String xml, Element element) {
        int from = element.start
        while (from > 0 && ' \t'.indexOf((int) xml.charAt(from - 1)) >= 0) {
            from--
        }
        int to = element.end
        while (to < xml.length() && ' \t'.indexOf((int) xml.charAt(to)) >= 0) {
            to++
        }
        boolean ownLine = (from == 0 || xml.charAt(from - 1) == '\n' as char) && to < xml.length() && '\r\n'.indexOf((int) xml.charAt(to)) >= 0
        if (!ownLine) {
            return xml.substring(0, element.start) + xml.substring(element.end)
        }
        to += xml.startsWith('\r\n', to) ? 2 : 1
        return xml.substring(0, from) + xml.substring(to)
    }

    /** {@code xml} with the element replaced by {@code replacement}. */
    static String replace(String xml, Element element, String replacement) {
        return xml.substring(0, element.start) + replacement + xml.substring(element.end)
    }

    private static int after(String xml, String terminator, int from) {
        int end = xml.indexOf(terminator, from)
        if (end < 0) {
            throw new IllegalArgumentException("no ${terminator} after offset ${from}")
        }
        return end + terminator.length()
    }

    /** The index of the '>' that ends the tag at {@code from}, skipping quoted attribute values. */
    private static int tagEnd(String xml, int from) {
        char quote = 0 as char
        for (int i = from + 1; i < xml.length(); i++) {
            char c = xml.charAt(i)
            if (quote != (0 as char)) {
                quote = c == quote ? 0 as char : quote
            } else if (c == '"' as char || c == '\'' as char) {
                quote = c
            } else if (c == '>' as char) {
                return i
            }
        }
        throw new IllegalArgumentException("unclosed tag at offset ${from}")
    }
}
