package dev.simscaffold.archetype.support

/**
 * Writes a module the way maven-archetype-plugin 3.4.1 does before it runs the post-generate script
 * (DefaultFilesetArchetypeGenerator): the module's pom.xml first; inside a pom-packaged parent it then
 * lists the module there, unless listed, and leaves the module's own <parent> (sim-scaffold's module parent)
 * as it is; then every template under its own name, skipping files that exist.
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
  <parent>
    <groupId>dev.simscaffold</groupId>
    <artifactId>sim-scaffold-module-parent</artifactId>
    <version>${values.simVersion}</version>
    <relativePath/>
  </parent>
  <groupId>${values.groupId}</groupId>
  <artifactId>${values.artifactId}</artifactId>
  <version>${values.version}</version>
  <dependencies>
    <dependency>
      <groupId>dev.simscaffold</groupId>
      <artifactId>sim-core</artifactId>
    </dependency>
  </dependencies>
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
