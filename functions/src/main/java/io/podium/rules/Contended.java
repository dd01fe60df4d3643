package io.podium.rules;

import io.podium.errors.Unavailable;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A write of a player's values on condition of the version read: when another write won meanwhile, read again and
 * write again, so that no update is lost; after {@value #ATTEMPTS} lost races the caller is told to retry (503 busy).
 */
final class Contended {
    private static final int ATTEMPTS = 20;

    private Contended() {
    }

    /**
     * @param attempt reads, changes and writes once: the answer when written, empty when another write won
     * @param retry   how the caller retries safely, said in the 503's message
     */
    static <T> T untilWritten(String playerId, String retry, Supplier<Optional<T>> attempt) {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<T> written = attempt.get();
            if (written.isPresent()) {
                return written.get();
            }
        }
        throw new Unavailable("busy", "Player '" + playerId + "' changed too often meanwhile; " + retry);
    }
}
