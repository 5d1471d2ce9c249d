package dev.simscaffold.plugin;

import dev.simscaffold.generator.api.Property;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.inject.Inject;
import org.apache.maven.archetype.common.ArchetypeArtifactManager;
import org.apache.maven.archetype.generator.ArchetypeGenerator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every sim-scaffold goal shares: the catalog, archetype resolution and the user's values. Values
 * are read from Maven's user properties as given on the command line, not through {@code @Parameter}
 * expressions, because Maven evaluates a {@code ${...}} inside a parameter's value.
 */
abstract class ScaffoldMojo extends AbstractMojo {

    /** The Maven run, for its repositories, user properties and working directory. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Resolves archetype jars, as archetype:generate does. */
    @Inject
    private ArchetypeArtifactManager artifacts;

    /** archetype-common's generator, the one archetype:generate uses. */
    @Inject
    private ArchetypeGenerator generator;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            run();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("sim-scaffold: " + e.getMessage() + ". Nothing was written.", e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new MojoExecutionException("sim-scaffold: " + e.getMessage() + ". The working directory is as it was.", e);
        }
    }

    /**
     * The goal's work.
     *
     * @throws IllegalArgumentException for bad input, before anything is written
     * @throws IllegalStateException when generation fails, after undoing what was written
     */
    abstract void run();

    /**
     * The archetype of the type the user asked for with {@code -Dtype}, after a warning for each {@code -D}
     * that looks like a misspelt property of that type ({@link PropertyTypos}).
     */
    Archetype requestedArchetype() {
        Archetype archetype = archetype(ArchetypeCatalog.builtIn().find(given().get("type")));
        List<String> properties = archetype.generator().properties().stream().map(Property::key).toList();
        PropertyTypos.warnings(properties, given().keySet()).forEach(warning -> getLog().warn("sim-scaffold: " + warning));
        return archetype;
    }

    /**
     * Whether {@code -DdryRun} asks for a dry run: {@code true} (also {@code -DdryRun} alone, which Maven
     * reads as true) or {@code false}, the default.
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    boolean dryRun() {
        String value = given().getOrDefault("dryRun", "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("property 'dryRun' = '" + value + "' is neither true nor false");
        }
        return value.equals("true");
    }

    /** Prints what a dry run would write: the module's files, {@code more} (what else changes), then the report. */
    void printPreview(Request request, StagedGeneration.Preview preview, List<String> more) {
        getLog().info("sim-scaffold: dry run, nothing was written. Without -DdryRun, " + preview.files().size() + " files would be written in "
                + request.moduleDirectory() + ":");
        preview.files().forEach(file -> getLog().info("  " + request.artifactId() + "/" + file));
        more.forEach(getLog()::info);
        print(preview.report());
    }

    Archetype archetype(ArchetypeType type) {
        return Archetype.resolve(type, artifacts, session);
    }

    StagedGeneration generation() {
        return new StagedGeneration(generator, session);
    }

    /** The user's -D values, exactly as given. */
    Map<String, String> given() {
        Properties user = session.getUserProperties();
        Map<String, String> given = new LinkedHashMap<>();
        user.stringPropertyNames().stream().sorted().forEach(key -> given.put(key, user.getProperty(key)));
        return given;
    }

    /** Where Maven runs: the module is generated in its artifactId subdirectory. */
    Path workingDirectory() {
        return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }

    /** The list or help text: every type of the catalog, read from its archetype jar. */
    String describe(boolean withGoals) {
        PluginDescriptor plugin = (PluginDescriptor) getPluginContext().get("pluginDescriptor");
        List<Archetype> archetypes = ArchetypeCatalog.builtIn().types().stream().map(this::archetype).toList();
        return Listing.render(plugin.getId(), archetypes, withGoals);
    }

    /** Prints text, such as the generator's report, through the build log. */
    void print(String report) {
        report.lines().forEach(getLog()::info);
    }
}
