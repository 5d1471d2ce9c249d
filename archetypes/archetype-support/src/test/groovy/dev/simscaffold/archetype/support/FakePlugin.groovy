package dev.simscaffold.archetype.support

/**
 * Writes a module the way maven-archetype-plugin 3.4.1 does before it runs the post-generate script
 * (DefaultFilesetArchetypeGenerator): the module's pom.xml first; inside a pom-packaged parent it then
 * lists the module there, unless listed, and adds a <parent>; then every template under its own name,
 * skipping files that exist.
 */
final class FakePlugin {

    private FakePlugin() {
    }

    static void generate(File outputDir, Map<String, String> values) {
        Manifest manifest = Manifest.of(spec().files as List<Map>, ['src/main/java'], values)
        File moduleDir = new File(outputDir, values.artifactId)
        moduleDir.mkdirs()
        File pom = new File(moduleDir, 'pom.xml')
        pom.text = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>${values.groupId}</groupId>
  <artifactId>${values.artifactId}</artifactId>
  <version>${values.version}</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
</project>
"""
        File parentPom = new File(outputDir, 'pom.xml')
        if (parentPom.isFile()) {
            String parent = parentPom.text
            if (!parent.contains("<module>${values.artifactId}</module>")) {
                parentPom.text = parent.contains('<modules>')
                        ? parent.replace('</modules>', "  <module>${values.artifactId}</module>\n  </modules>")
                        : parent.replace('</project>', "  <modules>\n    <module>${values.artifactId}</module>\n  </modules>\n</project>")
            }
            Map<String, String> coordinates = new ParentProject(parentPom).coordinates()
            pom.text = pom.text.replace('<modelVersion>4.0.0</modelVersion>', """<modelVersion>4.0.0</modelVersion>
  <parent>
    <artifactId>${coordinates.artifactId}</artifactId>
    <groupId>${coordinates.groupId}</groupId>
    <version>${coordinates.version}</version>
  </parent>""")
        }
        manifest.written().findAll { it.template.toString() != 'pom.xml' }.each {
            File file = moduleDir.toPath().resolve(it.template).toFile()
            file.parentFile.mkdirs()
            if (!file.exists()) {
                file.text = "template ${it.template}\n"
            }
        }
    }

    static Map spec() {
        return ArchetypeSpec.load(FakePlugin.classLoader)
    }

    /** Every file and directory below {@code dir}, with the files' contents: a before/after picture. */
    static Map<String, String> tree(File dir) {
        Map<String, String> tree = new TreeMap<>()
        dir.eachFileRecurse { File file ->
            tree[Rollback.relative(dir, file).toString()] = file.isDirectory() ? '(directory)' : file.getText('UTF-8')
        }
        return tree
    }
}
