package dev.simscaffold.plugin;

import dev.simscaffold.generator.api.GenerationRequest;
import dev.simscaffold.generator.api.Generators;
import dev.simscaffold.generator.api.Outcome;
import dev.simscaffold.generator.api.Refusal;
import dev.simscaffold.generator.api.Report;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.maven.archetype.ArchetypeGenerationRequest;
import org.apache.maven.archetype.ArchetypeGenerationResult;
import org.apache.maven.archetype.generator.ArchetypeGenerator;
import org.apache.maven.execution.MavenSession;

/**
 * Generates a module with archetype-common's generator, the one archetype:generate uses, into a staging
 * directory of its own inside the working directory, then moves the finished module into place with one
 * rename. archetype-common writes the templates and the archetype's generator (through the generator API)
 * finishes the module; neither sees the user's directory: archetype-common rewrites a parent pom it finds next
 * to the module, so for {@code add} it is given a copy, and the generator writes the module's {@code <parent>}
 * from that copy. Anything that fails leaves the working
 * directory as it was. A dry run ({@link #preview}) stages under the system's temporary directory instead
 * and moves nothing.
 */
final class StagedGeneration {

    private final ArchetypeGenerator generator;
    private final MavenSession session;

    StagedGeneration(ArchetypeGenerator generator, MavenSession session) {
        this.generator = generator;
        this.session = session;
    }

    /**
     * Generates the module and moves it to {@code request.moduleDirectory()}.
     *
     * @param parentPom the pom the module is added to, or null for a standalone project
     * @return the generator's report, naming the final directories
     * @throws IllegalStateException when generation fails; nothing is left behind
     */
    String generate(Request request, Path parentPom) {
        Path staging = createStaging(request.workingDirectory());
        try {
            String report = stage(request, parentPom, staging);
            Files.move(staging.resolve(request.artifactId()), request.moduleDirectory(), StandardCopyOption.ATOMIC_MOVE);
            return report;
        } catch (IOException e) {
            throw new IllegalStateException("could not generate " + request.moduleDirectory() + ": " + e, e);
        } finally {
            Directories.deleteTree(staging);
        }
    }

    /**
     * A dry run: generates the module in a staging directory under the system's temporary directory, never
     * in the working directory, and deletes it, so the user's directories are not touched at all.
     *
     * @param parentPom the pom the module would be added to, or null for a standalone project
     * @return the files the module would have, relative to its directory and sorted, and the generator's
     *     report with the final paths
     * @throws IllegalStateException when generation fails
     */
    Preview preview(Request request, Path parentPom) {
        Path staging;
        try {
            staging = Files.createTempDirectory("sim-scaffold-dry-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the dry run: " + e.getMessage(), e);
        }
        try {
            String report = stage(request, parentPom, staging);
            Path module = staging.resolve(request.artifactId());
            try (Stream<Path> files = Files.walk(module)) {
                List<String> listed = files.filter(Files::isRegularFile)
                        .map(file -> module.relativize(file).toString().replace(File.separatorChar, '/')).sorted().toList();
                return new Preview(listed, report);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not generate " + request.moduleDirectory() + " for the dry run: " + e, e);
        } finally {
            Directories.deleteTree(staging);
        }
    }

    /**
     * What a dry run would write.
     *
     * @param files the module's files, relative to its directory, sorted
     * @param report the generator's report, with the final paths
     */
    record Preview(List<String> files, String report) {
    }

    /**
     * Generates in {@code staging} (next to a copy of {@code parentPom}, if any): archetype-common writes the
     * templates, then the archetype's generator finishes the module and returns its report, naming the working
     * directory where the module will be.
     */
    private String stage(Request request, Path parentPom, Path staging) throws IOException {
        if (parentPom != null) {
            Files.copy(parentPom, staging.resolve("pom.xml"));
        }
        QuietGenerator.run(() -> writeTemplates(request, staging));
        Outcome outcome = request.archetype().generator().generate(new GenerationRequest(request.values(), staging, request.workingDirectory()));
        if (outcome instanceof Refusal refusal) {
            throw new IllegalStateException("the archetype refused the request after validation: " + refusal.message());
        }
        return ((Report) outcome).text();
    }

    /**
     * archetype-common's part: the templates, rendered as archetype:generate renders them. The request carries
     * {@link Generators#FINISHED_THROUGH_SEAM}, so the archetype's post-generate script leaves the module to
     * {@link #stage}.
     */
    private Void writeTemplates(Request request, Path staging) {
        Archetype archetype = request.archetype();
        Properties properties = new Properties();
        properties.putAll(request.values());
        properties.setProperty(Generators.FINISHED_THROUGH_SEAM, "true");
        ArchetypeGenerationRequest generation = new ArchetypeGenerationRequest()
                .setArchetypeGroupId(archetype.type().groupId())
                .setArchetypeArtifactId(archetype.type().artifactId())
                .setArchetypeVersion(archetype.type().version())
                .setGroupId(request.values().get("groupId"))
                .setArtifactId(request.artifactId())
                .setVersion(request.values().get("version"))
                .setPackage(request.values().get("package"))
                .setProperties(properties)
                .setOutputDirectory(staging.toString())
                .setMavenSession(session)
                .setRepositorySession(session.getRepositorySession())
                .setRemoteRepositories(session.getCurrentProject().getRemoteProjectRepositories());
        ArchetypeGenerationResult result = new ArchetypeGenerationResult();
        try {
            generator.generateArchetype(generation, archetype.jar(), result);
        } catch (RuntimeException e) {
            throw new IllegalStateException("archetype-common could not write the templates: " + e.getMessage(), e);
        }
        if (result.getCause() != null) {
            throw new IllegalStateException("archetype-common could not generate the module: " + result.getCause().getMessage(), result.getCause());
        }
        return null;
    }

    private static Path createStaging(Path workingDirectory) {
        try {
            return Files.createTempDirectory(workingDirectory, ".sim-scaffold-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + workingDirectory + ": " + e.getMessage(), e);
        }
    }
}
