package io.podium.paging;

import io.podium.errors.InvalidInput;

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
            throw InvalidInput.validationFailed("cursor", "is not a cursor this API returned");
        });
    }

    /** The cursor of a position in a ranked list (the first entry of the next page). */
    public static String ofPosition(int position) {
        return encode(Integer.toString(position));
    }

    /** The position a cursor of {@link #ofPosition} stands for; 0 without a cursor. */
    public static int position(Optional<String> cursor) {
        return decode(cursor).map(Cursor::parsePosition).orElse(0);
    }

    private static int parsePosition(String key) {
        try {
            int position = Integer.parseInt(key);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw InvalidInput.validationFailed("cursor", "is not a cursor this API returned");
    }
}
