package io.podium.local.boot;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on the data dir: two runtimes writing one sqlite file would corrupt it. The operating system
 * releases it when its process dies, so a lock that is held always belongs to a live process.
 */
final class DataDirLock implements AutoCloseable {
    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) throws IOException {
        return tryAcquire(dataDir).orElseThrow(
                () -> new IllegalStateException("data dir " + dataDir + " is in use by another podium-local runtime"));
    }

    /** The lock, or empty if another process (or another runtime in this JVM) holds it; makes the dir if it is new. */
    static Optional<DataDirLock> tryAcquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve("runtime.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new DataDirLock(dataDir, channel, lock));
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
