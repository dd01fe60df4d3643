package io.podium.stream;

import java.util.List;

/** A page of the stream, newest first, and how many events there are in all. */
public record StreamPage(long total, List<StreamEvent> events) {
    public StreamPage {
        events = List.copyOf(events);
    }
}
