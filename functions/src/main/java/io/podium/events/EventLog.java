package io.podium.events;

import java.util.List;

/**
 * The append-only log of what happened in a company: campaigns starting, ending and completing, badges, levels.
 * The social stream is its social events; activity feeds read it by time, by driver and by team.
 */
public interface EventLog {
    /** Appends the event unless one with its key exists; true if this call appended it. */
    boolean append(CompanyEvent event);

    /**
     * Appends each of the company's events unless one with its key exists: their keys read first, then, per 50 events
     * not logged yet, one reservation of their ids and one transaction; answers those appended now.
     */
    List<CompanyEvent> appendKeyed(String copid, List<CompanyEvent> events);
}
