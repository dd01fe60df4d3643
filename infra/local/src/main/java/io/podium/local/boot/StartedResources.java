package io.podium.local.boot;

import java.util.ArrayDeque;
import java.util.Deque;

/** What a start has started so far, to be stopped most recent first, also when a later part fails to start. */
final class StartedResources implements AutoCloseable {
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    synchronized <T extends AutoCloseable> T add(T resource) {
        running.push(resource);
        return resource;
    }

    /** A part that fails to stop does not keep the rest up. */
    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            AutoCloseable resource = running.pop();
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("podium-local: stopping " + resource.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }
}
