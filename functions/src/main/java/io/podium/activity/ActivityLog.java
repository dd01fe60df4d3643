package io.podium.activity;

/** Where activity events are kept. */
public interface ActivityLog {
    /** Records the event unless one of its type and key exists already; true if this call recorded it. */
    boolean record(ActivityEvent event);
}
