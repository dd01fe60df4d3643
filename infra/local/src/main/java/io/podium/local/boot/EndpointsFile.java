package io.podium.local.boot;

import io.podium.local.support.LocalJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code <data-dir>/endpoints.json}: where the services of the runtime serving a data dir listen, so that another
 * process ({@code invoke}) can use its tables and queues while it holds the data dir's lock. The file is only
 * meaningful while that lock is held: {@link LocalServices} discards one left behind by a runtime that died.
 */
final class EndpointsFile implements AutoCloseable {
    private static final String NAME = "endpoints.json";

    private final Path file;

    private EndpointsFile(Path file) {
        this.file = file;
    }

    /** Writes the file; closing removes it. */
    static EndpointsFile publish(Path dataDir, LocalEndpoints endpoints) throws IOException {
        Path file = dataDir.resolve(NAME);
        Path partial = dataDir.resolve(NAME + ".partial");
        // A reader sees the whole file or none.
        Files.write(partial, LocalJson.MAPPER.writeValueAsBytes(endpoints));
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new EndpointsFile(file);
    }

    static Optional<LocalEndpoints> read(Path dataDir) throws IOException {
        try {
            return Optional.of(LocalJson.MAPPER.readValue(Files.readAllBytes(dataDir.resolve(NAME)), LocalEndpoints.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    static void discard(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(NAME));
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
