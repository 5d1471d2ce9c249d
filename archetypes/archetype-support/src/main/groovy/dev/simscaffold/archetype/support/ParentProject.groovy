package dev.simscaffold.archetype.support

import java.nio.file.Files

/**
 * The enclosing project a module was generated into. maven-archetype-plugin 3.4.1 writes the module's
 * pom.xml, then lists the module in the parent pom unless it is listed already (re-serialising the
 * whole file), then adds a {@code <parent>} to the module's pom. These edits finish that job, or undo it,
 * changing only the characters of the elements concerned (see XmlElements).
 */
final class ParentProject {

    final File pom

    ParentProject(File pom) {
        this.pom = pom
    }

    /**
     * Whether the plugin listed {@code artifactId} in this parent during this generation: it rewrites the
     * parent only to add the module. A parent that this Maven run has not written since it started
     * listed the module before: then the entry is the user's and stays, whatever happens.
     *
     * @param runStart when this Maven run started, in epoch milliseconds
     */
    boolean listedByThisGeneration(String artifactId, long runStart) {
        if (!pom.isFile() || modules(pom.getText('UTF-8'), artifactId).isEmpty()) {
            return false
        }
        return Files.getLastModifiedTime(pom.toPath()).toMillis() >= runStart
    }

    /** Takes the module out of {@code <modules>} again, and the {@code <modules>} element if it is left empty. */
    void unlist(String artifactId) {
        String xml = pom.getText('UTF-8')
        modules(xml, artifactId).reverse().each { xml = XmlElements.remove(xml, it) }
        XmlElements.find(xml, ['project', 'modules']).findAll { it.text(xml).isEmpty() }.each { xml = XmlElements.remove(xml, it) }
        pom.write(xml, 'UTF-8')
    }

    /** The parent's coordinates, groupId and version inherited from its own parent when it has none. */
    Map<String, String> coordinates() {
        String xml = pom.getText('UTF-8')
        return [groupId: first(xml, ['project', 'groupId']) ?: first(xml, ['project', 'parent', 'groupId']),
                artifactId: first(xml, ['project', 'artifactId']),
                version: first(xml, ['project', 'version']) ?: first(xml, ['project', 'parent', 'version'])]
    }

    /**
     * The module's pom with its {@code <parent>} written in the usual order (the plugin writes
     * artifactId first), and without groupId and version where they are the parent's anyway.
     */
    String inherit(String modulePom) {
        Map<String, String> parent = coordinates()
        String xml = modulePom
        XmlElements.Element block = XmlElements.find(xml, ['project', 'parent'])[0]
        String indent = indentOf(xml, block.start)
        xml = XmlElements.replace(xml, block, ['<parent>',
                "${indent}  <groupId>${parent.groupId}</groupId>",
                "${indent}  <artifactId>${parent.artifactId}</artifactId>",
                "${indent}  <version>${parent.version}</version>",
                "${indent}</parent>"].join('\n'))
        ['groupId', 'version'].each { String key ->
            XmlElements.Element own = XmlElements.find(xml, ['project', key])[0]
            if (own != null && own.text(xml) == parent[key]) {
                xml = XmlElements.remove(xml, own)
            }
        }
        return xml
    }

    private static List<XmlElements.Element> modules(String xml, String artifactId) {
        return XmlElements.find(xml, ['project', 'modules', 'module']).findAll { it.text(xml) == artifactId }
    }

    private static String first(String xml, List<String> path) {
        List<XmlElements.Element> found = XmlElements.find(xml, path)
        return found.isEmpty() ? null : found[0].text(xml)
    }

    private static String indentOf(String xml, int at) {
        int lineStart = xml.lastIndexOf('\n', at - 1) + 1
        return xml.substring(lineStart, at).replaceAll(/\S.*/, '')
    }
}
