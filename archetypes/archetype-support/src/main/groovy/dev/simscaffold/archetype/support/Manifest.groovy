package dev.simscaffold.archetype.support

import java.nio.file.Path

/**
 * Every file an archetype generates, from its spec: the name the plugin writes it under (template
 * names carry no module name, see Generation) and its final name. The one list that renaming,
 * rollback, the report, the generated README and the ITs all read.
 *
 * A spec entry is [path: 'src/main/java/{moduleName}State.java', about: '...'], plus rendered: true for
 * the files this machine renders itself after validation (from META-INF/sim-scaffold/templates/), and
 * pendingOnly: true for those that exist only when invariants were named.
 */
final class Manifest {

    static final String TEMPLATES = 'META-INF/sim-scaffold/templates/'

    /** One generated file; paths are relative to the module directory. */
    static final class Entry {
        Path template
        Path path
        String resource
        String display
        String about
        boolean rendered
    }

    final List<Entry> entries

    private Manifest(List<Entry> entries) {
        this.entries = entries
    }

    /**
     * @param files the spec's entries
     * @param packaged the template directories the descriptor marks packaged="true": the package's
     *     directories are inserted below them
     * @param values the properties
     */
    static Manifest of(List<Map> files, List<String> packaged, Map<String, String> values) {
        boolean pending = !InvariantNames.sentences(values.invariants).isEmpty()
        String packagePath = values.package.replace('.', '/')
        List<Entry> entries = files.findAll { pending || !it.pendingOnly }.collect { Map file ->
            String specPath = file.path
            String directory = packaged.find { specPath.startsWith(it + '/') }
            String name = directory == null ? specPath : specPath.substring(directory.length() + 1)
            String prefix = directory == null ? '' : "${directory}/${packagePath}/"
            String bare = name.replace('{moduleName}', '')
            new Entry(template: Path.of(prefix + bare).normalize(), path: Path.of(prefix + Text.fill(name, values)).normalize(),
                    resource: TEMPLATES + specPath.replace('{moduleName}', ''),
                    display: (directory == null ? '' : "${directory}/.../") + Text.fill(name, values),
                    about: file.about, rendered: file.rendered as boolean)
        }
        return new Manifest(entries)
    }

    /** The files the plugin writes, under their template names. */
    List<Entry> written() {
        return entries.findAll { !it.rendered }
    }

    /** The files this machine renders after validation. */
    List<Entry> rendered() {
        return entries.findAll { it.rendered }
    }

    /** Every name a generated file may have at any moment of the generation. */
    Set<Path> allNames() {
        return (entries*.template + entries*.path) as Set
    }
}
