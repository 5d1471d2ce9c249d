package dev.simscaffold.core.storage.nio;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.FileNames;
import dev.simscaffold.core.storage.FileSystem;
import dev.simscaffold.core.storage.NoSuchFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The production {@link FileSystem}: a thin shell over one real directory through {@code java.nio.file}.
 * Each operation opens the file, does one thing and closes it, so no handle outlives a call and a restarted
 * process needs nothing but the directory. {@code fsync} is {@code FileChannel.force(true)};
 * {@code fsyncDirectory} forces a channel opened on the directory, which POSIX systems support. Its crash
 * behaviour is the operating system's, which the port's contract bounds from above.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class NioFileSystem implements FileSystem {

    private final Path directory;

    private NioFileSystem(Path directory) {
        this.directory = directory;
    }

    /**
     * The file system of an existing directory.
     *
     * @param directory the directory
     * @return the file system
     * @throws IllegalArgumentException naming it, if it is not an existing directory
     */
    public static NioFileSystem at(Path directory) {
        if (directory == null) {
            throw new IllegalArgumentException("directory must not be null");
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("directory " + directory + " does not exist or is not a directory");
        }
        return new NioFileSystem(directory.toAbsolutePath());
    }

    /**
     * The directory this file system works in.
     *
     * @return its absolute path
     */
    public Path directory() {
        return directory;
    }

    private Path resolve(String file) {
        return directory.resolve(FileNames.check(file));
    }

    private Path existing(String file) throws NoSuchFileException {
        Path path = resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return path;
    }

    @Override
    public void create(String file) throws IOException {
        Path path = resolve(file);
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("file name '" + file + "' names a directory in " + directory);
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.size();
        }
    }

    @Override
    public boolean exists(String file) {
        return Files.isRegularFile(resolve(file));
    }

    @Override
    public long size(String file) throws IOException {
        return Files.size(existing(file));
    }

    @Override
    public byte[] read(String file, long offset, int length) throws IOException {
        FileNames.checkRange(offset, length);
        try (FileChannel channel = FileChannel.open(existing(file), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, Math.min(length, channel.size() - offset)));
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                continue;
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        }
    }

    @Override
    public void write(String file, long offset, byte[] data) throws IOException {
        FileNames.checkRange(offset, data.length);
        try (FileChannel channel = FileChannel.open(existing(file), StandardOpenOption.WRITE)) {
            writeFully(channel, offset, data);
        }
    }

    @Override
    public long append(String file, byte[] data) throws IOException {
        try (FileChannel channel = FileChannel.open(existing(file), StandardOpenOption.WRITE)) {
            long offset = channel.size();
            writeFully(channel, offset, data);
            return offset;
        }
    }

    private static void writeFully(FileChannel channel, long offset, byte[] data) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            channel.write(buffer, offset + buffer.position());
        }
    }

    @Override
    public void truncate(String file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(existing(file), StandardOpenOption.WRITE)) {
            if (size < 0 || size > channel.size()) {
                throw new IllegalArgumentException("cannot truncate " + file + " of " + channel.size() + " bytes to " + size
                        + " bytes: the new size must be in [0, " + channel.size() + "]");
            }
            channel.truncate(size);
        }
    }

    @Override
    public void fsync(String file) throws IOException {
        try (FileChannel channel = FileChannel.open(existing(file), StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    @Override
    public void rename(String from, String to) throws IOException {
        Path source = existing(from);
        Path target = resolve(to);
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("cannot rename " + from + " onto '" + to + "': it is a directory in " + directory);
        }
        if (!source.equals(target)) {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete(String file) throws IOException {
        Files.delete(existing(file));
    }

    @Override
    public void fsyncDirectory() throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public List<String> list() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(Files::isRegularFile).forEach(path -> names.add(path.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }

    @Override
    public String toString() {
        return "NioFileSystem[" + directory + "]";
    }
}
