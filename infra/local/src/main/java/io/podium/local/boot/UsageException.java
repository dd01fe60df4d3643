package io.podium.local.boot;

/** A command line that cannot be understood; Main answers it with the usage text. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
