package io.podium.rules;

import java.util.Optional;

/** What an effect does to a metric's value. */
public enum Verb {
    ADD("add"),
    REMOVE("remove"),
    SET("set");

    private final String wireName;

    Verb(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Verb> named(String name) {
        for (Verb verb : values()) {
            if (verb.wireName.equals(name)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }
}
