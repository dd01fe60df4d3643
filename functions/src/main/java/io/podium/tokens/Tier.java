package io.podium.tokens;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A company's throttling tier: each is a usage plan of template.yaml, with its own rate, burst and quota. */
public enum Tier {
    STANDARD, PREMIUM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Tier> fromWireName(String name) {
        return Arrays.stream(values()).filter(tier -> tier.wireName().equals(name)).findFirst();
    }
}
