package dev.simscaffold.archetype.support

import java.nio.file.Files
import java.nio.file.Path

/**
 * Puts the file system back as it was before a generation that is refused: deletes the files this
 * generation wrote, every directory that is left empty up to the directory Maven ran in, and the module
 * entry the plugin added to an enclosing parent pom. The user's own files stay, even inside the module
 * directory.
 */
final class Rollback {

    private Rollback() {
    }

    /**
     * The files under {@code moduleDir} that this generation wrote: those with a manifest name that this
     * Maven run wrote. The plugin skips a template whose file already exists, so a file with a manifest
     * name that was last written before the run started is the user's.
     *
     * @param runStart when this Maven run started, in epoch milliseconds
     */
    static List<File> generated(File moduleDir, Manifest manifest, long runStart) {
        return files(moduleDir).findAll {
            manifest.allNames().contains(relative(moduleDir, it)) && Files.getLastModifiedTime(it.toPath()).toMillis() >= runStart
        }
    }

    /** The files under {@code moduleDir} that this generation did not write. */
    static List<File> foreign(File moduleDir, Manifest manifest, long runStart) {
        return files(moduleDir) - generated(moduleDir, manifest, runStart)
    }

    static void undo(File outputDir, File moduleDir, Manifest manifest, long runStart, ParentProject parent, boolean listedByThisGeneration,
            String artifactId) {
        List<File> generated = generated(moduleDir, manifest, runStart)
        generated.each { Files.delete(it.toPath()) }
        (generated*.parentFile + [moduleDir]).unique().each { prune(it, outputDir.canonicalFile) }
        if (listedByThisGeneration) {
            parent.unlist(artifactId)
        }
    }

    /** Deletes {@code dir} and its parents while they are empty, stopping at {@code outputDir}. */
    private static void prune(File dir, File outputDir) {
        for (File d = dir.canonicalFile; d != null && d != outputDir && d.isDirectory() && d.list().length == 0; d = d.parentFile) {
            Files.delete(d.toPath())
        }
    }

    private static List<File> files(File dir) {
        if (!dir.isDirectory()) {
            return []
        }
        List<File> files = []
        dir.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
        return files.sort()
    }

    static Path relative(File dir, File file) {
        return dir.toPath().relativize(file.toPath()).normalize()
    }
}
