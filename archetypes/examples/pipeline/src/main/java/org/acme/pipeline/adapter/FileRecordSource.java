package org.acme.pipeline.adapter;

import org.acme.pipeline.RecordSource;
import org.acme.pipeline.SourceLines;
import org.acme.pipeline.SourceRecord;
import org.acme.pipeline.StageIoException;
import dev.simscaffold.core.storage.FileSystem;
import java.io.IOException;
import java.util.List;

/**
 * The record source as a text file in the {@link SourceLines} format on a {@link FileSystem}. It reads a
 * window from the requested offset and doubles it until the window holds a complete line or reaches the end
 * of the file. The same class runs in production on a {@code NioFileSystem} and in the simulation on a
 * {@code SimFileSystem}.
 */
public final class FileRecordSource implements RecordSource {

    private static final int FIRST_WINDOW_BYTES = 64 * 1024;

    private final FileSystem files;
    private final String file;

    /**
     * Reads records from a file.
     *
     * @param files the directory it lives in
     * @param file the file's name; until it exists the source is empty
     */
    public FileRecordSource(FileSystem files, String file) {
        if (files == null || file == null) {
            throw new NullPointerException("files and file must not be null, got " + files + " and " + file);
        }
        this.files = files;
        this.file = file;
    }

    @Override
    public List<SourceRecord> read(long offset, int maxRecords) throws StageIoException {
        try {
            if (!files.exists(file)) {
                return List.of();
            }
            for (int window = FIRST_WINDOW_BYTES; ; window *= 2) {
                byte[] bytes = files.read(file, offset, window);
                boolean endOfFile = bytes.length < window;
                List<SourceRecord> records = SourceLines.split(offset, bytes, maxRecords);
                if (!records.isEmpty() || endOfFile) {
                    return records;
                }
            }
        } catch (IOException e) {
            throw new StageIoException("cannot read " + file + " at offset " + offset + ": " + e.getMessage(), e);
        }
    }
}
