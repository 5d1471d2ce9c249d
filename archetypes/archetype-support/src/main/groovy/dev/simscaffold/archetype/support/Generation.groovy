package dev.simscaffold.archetype.support

import dev.simscaffold.generator.api.Generators
import dev.simscaffold.generator.api.Outcome
import dev.simscaffold.generator.api.Refusal
import dev.simscaffold.generator.api.Report as ReportValue
import groovy.xml.XmlSlurper

import java.nio.file.Files

/**
 * The post-generate machine, run by maven-archetype-plugin after it has written the module.
 *
 * 1. Validates every property (the plugin itself checks nothing: the descriptors declare no
 *    validationRegex) and refuses a directory that holds files this generation did not write. A refusal undoes the
 *    generation (see Rollback) and throws: the build fails with one message naming the property.
 * 2. Gives the files their final names (State.java becomes LeaseTableState.java). Template file names
 *    carry no __moduleName__ token because the plugin substitutes those with a regex replacement that
 *    crashes on a '$' before this script could refuse the value.
 * 3. Renders the files that need computed values (the README, the pending invariants, whose stubs the
 *    spec's pendingCheck declares: its values are filled like file names, a list value element by element).
 * 4. Inside a parent: writes the module's {@code <parent>}, copies in what the module parent would have given it
 *    (see InParentPom), and notes what in the parent conflicts.
 * 5. Returns the report (archetype:generate's entry prints it; the sim-scaffold plugin, which runs the machine
 *    through the generator API, prints it after moving the module into place).
 * A failure after validation (a file system that refuses a name, say) is undone the same way.
 */
final class Generation {

    static final String SPEC = ArchetypeSpec.PATH
    static final String DESCRIPTOR = 'META-INF/maven/archetype-metadata.xml'
    static final String REMOVED = 'What was generated has been removed.'

    private final Map spec
    private final ClassLoader resources
    private final Map<String, String> values
    private final File outputDir
    private final File shownDir
    private final File moduleDir
    private final File modulePom
    private final ParentProject parent
    private final Manifest manifest
    private final long runStart

    /**
     * @param resources the archetype jar's class loader: the spec, descriptor, rules and templates
     * @param values every property of the request
     * @param outputDir where Maven ran; the module is its artifactId subdirectory
     * @param runStart when this Maven run started (epoch milliseconds): a file written since then was
     *     written by this generation, an older one was there before
     * @param shownDir the directory the report names for {@code outputDir}: where the module will be once the
     *     caller has moved it there
     */
    Generation(ClassLoader resources, Map<String, String> values, File outputDir, long runStart, File shownDir = outputDir) {
        this.resources = resources
        this.runStart = runStart
        this.values = values
        this.outputDir = outputDir
        this.shownDir = shownDir
        this.spec = spec(resources)
        this.moduleDir = new File(outputDir, values.artifactId)
        this.modulePom = new File(moduleDir, 'pom.xml')
        this.parent = new ParentProject(new File(outputDir, 'pom.xml'))
        this.manifest = Manifest.of(spec.files as List<Map>, packagedDirectories(resources), values)
    }

    /**
     * Runs for an ArchetypeGenerationRequest of maven-archetype-plugin 3.4.1: the report to print, or null when
     * the caller finishes the generation itself through the generator API (the sim-scaffold plugin says so
     * with the request property {@link Generators#FINISHED_THROUGH_SEAM}).
     */
    static String run(ClassLoader resources, request) {
        if (request.properties.containsKey(Generators.FINISHED_THROUGH_SEAM)) {
            return null
        }
        Map<String, String> values = [groupId: request.groupId, artifactId: request.artifactId, version: request.version,
                package: request.getPackage()]
        request.properties.stringPropertyNames().each { values.putIfAbsent(it, request.properties.getProperty(it)) }
        long runStart = java.lang.management.ManagementFactory.runtimeMXBean.startTime
        return text(new Generation(resources, values, new File(request.outputDirectory), runStart).run())
    }

    /** The report's text; a refusal is thrown, as archetype:generate shows it. */
    static String text(Outcome outcome) {
        if (outcome instanceof Refusal) {
            throw new IllegalArgumentException("sim-scaffold: ${outcome.message()}. ${REMOVED}")
        }
        return (outcome as ReportValue).text()
    }

    /**
     * Finishes the module and returns the report, or undoes the generation and returns the refusal.
     *
     * @throws IllegalStateException when the module cannot be finished, after undoing the generation
     */
    Outcome run() {
        boolean listed = parent.listedByThisGeneration(values.artifactId, runStart)
        Refusal problem = problem()
        if (problem != null) {
            Rollback.undo(outputDir, moduleDir, manifest, runStart, parent, listed, values.artifactId)
            return problem
        }
        try {
            List<String> notes = finish(listed)
            int created = 0
            moduleDir.eachFileRecurse(groovy.io.FileType.FILES) { created++ }
            return new ReportValue(Report.render(spec, values, [dir: shown(moduleDir), pom: shown(modulePom), filesCreated: created,
                    parentPom: listed ? shown(parent.pom) : null, notes: notes]))
        } catch (Exception e) {
            Rollback.undo(outputDir, moduleDir, manifest, runStart, parent, listed, values.artifactId)
            throw new IllegalStateException("sim-scaffold: could not finish the module in ${moduleDir}: ${e}. ${REMOVED}", e)
        }
    }

    /** {@code file} as the report names it: below {@code shownDir} instead of {@code outputDir}. */
    private File shown(File file) {
        return new File(shownDir, outputDir.toPath().relativize(file.toPath()).toString())
    }

    private Refusal problem() {
        Refusal problem = PropertyRules.check(resources, values)
        if (problem != null) {
            return problem
        }
        List<File> foreign = Rollback.foreign(moduleDir, manifest, runStart)
        if (foreign.isEmpty()) {
            return null
        }
        List<String> names = foreign.collect { Rollback.relative(moduleDir, it).toString() }
        return Refusal.of('artifactId', values.artifactId, ": directory ${shown(moduleDir)} already exists and holds files this archetype did not write " +
                "(${names.take(3).join(', ')}${names.size() > 3 ? ', ...' : ''}); generate into a new directory")
    }

    private List<String> finish(boolean listed) {
        manifest.written().findAll { it.template != it.path }.each {
            Files.move(moduleDir.toPath().resolve(it.template), moduleDir.toPath().resolve(it.path))
        }
        Map<String, Object> context = new LinkedHashMap<String, Object>(values)
        context.pending = InvariantNames.pending(values.invariants)
        context.files = manifest.entries
        context.shipped = spec.shippedInvariants
        context.check = (spec.pendingCheck ?: [:]).collectEntries { key, value ->
            [(key): value instanceof List ? value.collect { Text.fill(it as String, values) } : Text.fill(value as String, values)]
        }
        manifest.rendered().each { Manifest.Entry entry ->
            String template = resources.getResource(entry.resource).getText('UTF-8')
            File file = moduleDir.toPath().resolve(entry.path).toFile()
            file.parentFile.mkdirs()
            file.write(ScriptTemplates.render(template, entry.resource, context), 'UTF-8')
        }
        if (!listed) {
            return []
        }
        String moduleParent = resources.getResource(InParentPom.MODULE_PARENT).getText('UTF-8')
        modulePom.write(parent.inherit(InParentPom.of(modulePom.getText('UTF-8'), moduleParent)), 'UTF-8')
        Map<String, String> coordinates = parent.coordinates()
        List<String> notes = []
        if (values.version != coordinates.version) {
            notes << "version ${values.version} differs from the parent's ${coordinates.version}; pass -Dversion=${coordinates.version} to inherit it"
        }
        int javaLevel = new XmlSlurper().parse(modulePom).properties.'maven.compiler.release'.text().toInteger()
        return notes + ParentConflicts.between(parent.pom, modulePom, javaLevel)
    }

    /** The archetype's spec: see ArchetypeSpec. */
    static Map spec(ClassLoader resources) {
        return ArchetypeSpec.load(resources)
    }

    /** The template directories that the descriptor marks packaged="true". */
    static List<String> packagedDirectories(ClassLoader resources) {
        def descriptor = new XmlSlurper().parse(resources.getResource(DESCRIPTOR).openStream())
        return descriptor.fileSets.fileSet.findAll { it.@packaged.text() == 'true' }.collect { it.directory.text() }
    }
}
