package io.podium.local.boot;

import io.podium.local.dynamodb.MotoDynamoDb;
import io.podium.local.sqs.ElasticMq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The two services that take longest to start and need nothing of the template, started before it is read: ElasticMQ
 * (Pekko, about 2 s of CPU) and the DynamoDB engine (python's imports of moto, then the replay of the data dir's
 * snapshot and log, about a second per 100,000 items). {@link LocalServices} takes them over once they are up; a start
 * that fails before that closes them.
 */
final class StartingServices implements AutoCloseable {
    private final DataDirLock lock;
    private final URI dynamoDbEndpoint;
    private final CompletableFuture<MotoDynamoDb> engine;
    private final CompletableFuture<ElasticMq> queues;

    private StartingServices(DataDirLock lock, URI dynamoDbEndpoint, CompletableFuture<MotoDynamoDb> engine,
                             CompletableFuture<ElasticMq> queues) {
        this.lock = lock;
        this.dynamoDbEndpoint = dynamoDbEndpoint;
        this.engine = engine;
        this.queues = queues;
    }

    /**
     * @param lock the lock of the data dir the engine keeps its files in, or null to keep everything in memory; it is
     *             released after the engine stops, or at once if the data dir cannot be prepared
     * @param dynamoDbEndpoint a DynamoDB-compatible endpoint to use instead of the engine, or null for the engine
     */
    static StartingServices begin(DataDirLock lock, URI dynamoDbEndpoint) throws IOException {
        Path engineDirectory = null;
        if (lock != null) {
            try {
                // Whatever runtime wrote it is gone, or the lock would not be ours.
                EndpointsFile.discard(lock.dataDir());
                engineDirectory = Files.createDirectories(lock.dataDir().resolve("dynamodb"));
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        }
        Path directory = engineDirectory;
        CompletableFuture<MotoDynamoDb> engine = dynamoDbEndpoint != null ? null : CompletableFuture.supplyAsync(() -> {
            try {
                return MotoDynamoDb.start(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new StartingServices(lock, dynamoDbEndpoint, engine, CompletableFuture.supplyAsync(ElasticMq::start));
    }

    DataDirLock lock() {
        return lock;
    }

    /** The given endpoint, or null when the engine is starting. */
    URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    /** Waits for the engine; null when an endpoint was given. */
    MotoDynamoDb engine() {
        return engine == null ? null : joined(engine);
    }

    ElasticMq queues() {
        return joined(queues);
    }

    /** What failed to start fails with its own exception, not a {@link CompletionException} around it. */
    private static <T> T joined(CompletableFuture<T> starting) {
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** For a start that failed before {@link LocalServices} took these over: stops them, then releases the lock. */
    @Override
    public void close() {
        StartedResources started = new StartedResources();
        if (lock != null) {
            started.add(lock);
        }
        List<CompletableFuture<? extends AutoCloseable>> services = new ArrayList<>();
        if (engine != null) {
            services.add(engine);
        }
        services.add(queues);
        for (CompletableFuture<? extends AutoCloseable> service : services) {
            try {
                started.add(service.join());
            } catch (CompletionException failedToStart) {
                // nothing of it to stop
            }
        }
        started.close();
    }
}
