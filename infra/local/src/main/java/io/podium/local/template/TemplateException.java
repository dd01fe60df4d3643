package io.podium.local.template;

/** Something in template.yaml (or a --param) that the local runtime cannot serve; the message names the place. */
public final class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
