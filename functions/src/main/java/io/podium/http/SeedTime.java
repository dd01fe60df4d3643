package io.podium.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps as the EASI'R API writes them: {@code 2016-06-01 13:34:12}, UTC. */
public final class SeedTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private SeedTime() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
