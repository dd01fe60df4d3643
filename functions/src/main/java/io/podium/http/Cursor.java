package io.podium.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Opaque pagination cursors: base64url of the last key of the previous page. */
public final class Cursor {
    private Cursor() {
    }

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor stands for, or 400 validation_failed if it was not made by {@link #encode}. */
    public static Optional<String> decode(Optional<String> cursor) {
        return cursor.map(text -> {
            try {
                String key = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                if (!key.isEmpty() && encode(key).equals(text)) {
                    return key;
                }
            } catch (IllegalArgumentException e) {
                // falls through to the refusal below
            }
            throw ApiError.validationFailed("cursor", "is not a cursor this API returned");
        });
    }
}
