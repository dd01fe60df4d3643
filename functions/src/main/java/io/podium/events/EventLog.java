package io.podium.events;

/**
 * The append-only log of what happened in a company: campaigns starting, ending and completing, badges, levels.
 * The social stream is its social events; activity feeds read it by time, by driver and by team.
 */
public interface EventLog {
    /** Appends the event unless one with its key exists; true if this call appended it. */
    boolean append(CompanyEvent event);
}
