package dev.simscaffold.archetype.support

/**
 * Lists a new module in a parent pom by inserting one {@code <module>} line after the last one, with its
 * indentation and line ending: every other character of the file stays as it was. A parent without a
 * {@code <modules>} element gets one after its {@code <packaging>}, indented like it and preceded by a
 * blank line; an empty {@code <modules/>} is opened around the new line.
 */
final class ModuleEntry {

    // Elements are left untyped: this class may be compiled from an archetype jar before XmlElements is,
    // and Groovy cannot resolve the nested XmlElements.Element from sources that are not compiled yet.

    private ModuleEntry() {
    }

    /** Why {@code artifactId} cannot be listed in this parent, or null. */
    static String problem(String pom, String artifactId) {
        List packaging = XmlElements.find(pom, ['project', 'packaging'])
        String kind = packaging.isEmpty() ? 'jar' : packaging[0].text(pom)
        if (kind != 'pom') {
            return "the project here has packaging '${kind}', and modules can only be added to a project with <packaging>pom</packaging>"
        }
        if (XmlElements.find(pom, ['project', 'modules', 'module']).any { it.text(pom) == artifactId }) {
            return "property 'artifactId' = '${artifactId}' is listed as a <module> of this project already"
        }
        return null
    }

    /** {@code pom} with {@code artifactId} listed; {@link #problem} must be null. */
    static String add(String pom, String artifactId) {
        String newline = pom.contains('\r\n') ? '\r\n' : '\n'
        String entry = "<module>${artifactId}</module>"
        List modules = XmlElements.find(pom, ['project', 'modules', 'module'])
        if (!modules.isEmpty()) {
            def last = modules.last()
            if (!aloneOnLine(pom, last)) {
                return insert(pom, last.end, entry)
            }
            int lineEnd = endOfLine(pom, last.end)
            return insert(pom, lineEnd, indentOf(pom, last.start) + entry + newline)
        }
        def block = XmlElements.find(pom, ['project', 'modules'])[0]
        if (block != null) {
            String indent = indentOf(pom, block.start)
            return XmlElements.replace(pom, block, ['<modules>', "${indent}${unit(indent)}${entry}", "${indent}</modules>"].join(newline))
        }
        def packaging = XmlElements.find(pom, ['project', 'packaging'])[0]
        String indent = indentOf(pom, packaging.start)
        String lines = [newline + indent + '<modules>', indent + unit(indent) + entry, indent + '</modules>'].join(newline) + newline
        return insert(pom, endOfLine(pom, packaging.end), lines)
    }

    private static String insert(String text, int at, String addition) {
        return text.substring(0, at) + addition + text.substring(at)
    }

    private static boolean aloneOnLine(String text, element) {
        int lineStart = text.lastIndexOf('\n', element.start - 1) + 1
        int lineEnd = text.indexOf('\n', element.end)
        String after = text.substring(element.end, lineEnd < 0 ? text.length() : lineEnd)
        return text.substring(lineStart, element.start).trim().isEmpty() && after.trim().isEmpty() && lineEnd >= 0
    }

    /** The index after the line break that ends the line holding {@code at}. */
    private static int endOfLine(String text, int at) {
        int lineEnd = text.indexOf('\n', at)
        return lineEnd < 0 ? text.length() : lineEnd + 1
    }

    private static String indentOf(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1
        return text.substring(lineStart, at).replaceAll(/\S.*/, '')
    }

    /** One more level of indentation: the file's own unit where the element is indented, else two spaces. */
    private static String unit(String indent) {
        return indent.isEmpty() ? '  ' : indent
    }
}
