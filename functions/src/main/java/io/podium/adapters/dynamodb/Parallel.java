package io.podium.adapters.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent bulk writes (a fleet's events, a fleet's new players), a few transactions in flight at once: one
 * invocation then writes tens of thousands of items within Lambda's time, where one transaction after another would not.
 */
final class Parallel {
    private Parallel() {
    }

    /** Each input's results, in input order; the first failure is thrown once all have stopped. */
    static <T, R> List<R> each(List<T> inputs, int threads, Function<T, List<R>> task) {
        if (inputs.size() <= 1) {
            return inputs.isEmpty() ? List.of() : task.apply(inputs.get(0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()));
        try {
            List<Future<List<R>>> running = new ArrayList<>();
            inputs.forEach(input -> running.add(pool.submit(() -> task.apply(input))));
            List<R> results = new ArrayList<>();
            for (Future<List<R>> future : running) {
                results.addAll(future.get());
            }
            return results;
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException fault ? fault : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing in parallel", interrupted);
        } finally {
            pool.shutdownNow();
        }
    }
}
