package io.podium.local;

/** Something in template.yaml (or a --param) that the local runtime cannot serve; the message names the place. */
final class TemplateException extends RuntimeException {
    TemplateException(String message) {
        super(message);
    }

    TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
