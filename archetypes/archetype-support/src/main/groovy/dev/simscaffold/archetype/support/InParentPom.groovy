package dev.simscaffold.archetype.support

/**
 * The pom of a module generated inside a user's parent. A standalone module inherits sim-scaffold's module
 * parent (sim-scaffold-module-parent), which manages its versions and carries its build; Maven gives a project
 * one parent, so a module inside a user's parent keeps that one and takes from the module parent, as published
 * and carried in every archetype jar, what it would have inherited: the properties and build plugins, copied,
 * and the dependencyManagement, imported (the module parent's imports sim-scaffold's BOM, so sim-scaffold's
 * versions still come from the BOM, and the test libraries' from the module parent). The module parent's
 * pluginManagement stays out: it only pins plugins, which is the user's parent's business.
 */
final class InParentPom {

    /** Where the archetype jar carries the module parent's published pom (archetype-support's build puts it there). */
    static final String MODULE_PARENT = 'META-INF/sim-scaffold/module-parent/pom.xml'

    private InParentPom() {
    }

    /**
     * @param modulePom the generated module's pom: the standalone template, whose {@code <parent>} the caller
     *     then points at the user's parent (ParentProject.inherit)
     * @param moduleParent the module parent's published pom
     * @return {@code modulePom} with the module parent's properties and the import of its dependencyManagement
     *     before its {@code <dependencies>}, and its build plugins at the end
     */
    static String of(String modulePom, String moduleParent) {
        String imported = ['  <dependencyManagement>',
                '    <dependencies>',
                '      <dependency>',
                "        <groupId>${first(moduleParent, ['project', 'groupId'])}</groupId>",
                "        <artifactId>${first(moduleParent, ['project', 'artifactId'])}</artifactId>",
                "        <version>${first(moduleParent, ['project', 'version'])}</version>",
                '        <type>pom</type>',
                '        <scope>import</scope>',
                '      </dependency>',
                '    </dependencies>',
                '  </dependencyManagement>'].join('\n')
        String build = ['  <build>', lines(moduleParent, ['project', 'build', 'plugins']), '  </build>'].join('\n')
        String xml = modulePom
        XmlElements.Element project = XmlElements.find(xml, ['project'])[0]
        int end = lineStart(xml, project.contentEnd)
        xml = xml.substring(0, end) + build + '\n' + xml.substring(end)
        XmlElements.Element dependencies = only(xml, ['project', 'dependencies'])
        int at = lineStart(xml, dependencies.start)
        // No blank lines between the sections added: a module inside a parent stays within 90 lines.
        return xml.substring(0, at) + lines(moduleParent, ['project', 'properties']) + '\n' + imported + '\n' + xml.substring(at)
    }

    /** The element's whole lines, from the indentation before it to its end. */
    private static String lines(String xml, List<String> path) {
        XmlElements.Element element = only(xml, path)
        return xml.substring(lineStart(xml, element.start), element.end)
    }

    private static XmlElements.Element only(String xml, List<String> path) {
        List<XmlElements.Element> found = XmlElements.find(xml, path)
        if (found.size() != 1) {
            throw new IllegalStateException("expected one <${path.join('/')}> in the pom, found ${found.size()}")
        }
        return found[0]
    }

    private static String first(String xml, List<String> path) {
        return only(xml, path).text(xml)
    }

    private static int lineStart(String xml, int at) {
        return xml.lastIndexOf('\n', at - 1) + 1
    }
}
