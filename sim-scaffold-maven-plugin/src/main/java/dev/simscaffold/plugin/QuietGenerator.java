package dev.simscaffold.plugin;

import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps archetype-common's generator from naming the staging directory in the build log. Its
 * {@code DefaultFilesetArchetypeGenerator} logs "Project created from Archetype in dir: ..." and its
 * parameters, and its {@code DefaultPomManager} logs "Parent element not overwritten in ..." for a generated
 * pom that has a parent of its own (the module parent), at info level through static SLF4J loggers; the
 * plugin generates in a staging directory,
 * so that line would name a directory the user never sees and which is gone a moment later (the report
 * names the real one). Maven's SLF4J provider (simple-logger based) fixes a logger's level when the
 * logger is created and offers no call to change it, so the level field of those loggers is raised
 * to warnings for the generation and restored after; its warnings and errors still show. Under another
 * SLF4J binding, without that field, the log is left as it is.
 */
final class QuietGenerator {

    /** The loggers that name the staging directory. */
    static final List<String> LOGGERS = List.of("org.apache.maven.archetype.generator.DefaultFilesetArchetypeGenerator",
            "org.apache.maven.archetype.common.DefaultPomManager");

    /** slf4j-simple's level for warnings and errors only ({@code SimpleLogger.LOG_LEVEL_WARN}). */
    private static final int WARN = 30;

    private static final String LEVEL_FIELD = "currentLogLevel";

    private QuietGenerator() {
    }

    /** Runs {@code generation} with the generator's info and debug lines left out of the log. */
    static <T> T run(Supplier<T> generation) {
        return quiet(0, generation);
    }

    /** Quiets the loggers from {@code index} on, each restored after the generation in the reverse order. */
    private static <T> T quiet(int index, Supplier<T> generation) {
        if (index == LOGGERS.size()) {
            return generation.get();
        }
        Logger logger = LoggerFactory.getLogger(LOGGERS.get(index));
        Field level = levelField(logger.getClass());
        if (level == null) {
            return quiet(index + 1, generation);
        }
        int before = read(level, logger);
        write(level, logger, Math.max(before, WARN));
        try {
            return quiet(index + 1, generation);
        } finally {
            write(level, logger, before);
        }
    }

    /** The logger's level field, or null under a binding without one (or one that cannot be opened). */
    private static Field levelField(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(LEVEL_FIELD) && field.getType() == int.class) {
                    return field.trySetAccessible() ? field : null;
                }
            }
        }
        return null;
    }

    private static int read(Field level, Logger logger) {
        try {
            return level.getInt(logger);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the level of " + logger.getName() + ": " + e, e);
        }
    }

    private static void write(Field level, Logger logger, int value) {
        try {
            level.setInt(logger, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set the level of " + logger.getName() + ": " + e, e);
        }
    }
}
