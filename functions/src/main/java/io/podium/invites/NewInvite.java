package io.podium.invites;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.errors.InvalidInput;
import io.podium.json.Json;
import io.podium.players.PlayerRequest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of POST /v2/admin/invites, {@code {"email","alias"?,"player_id"?}}: an email address (kept in lower case,
 * one invitation per address), and the alias and id the player will have (Playoff's rules for a new player's).
 */
public record NewInvite(String email, Optional<String> alias, Optional<String> playerId) {
    private static final int MAX_EMAIL = 254;
    private static final int MAX_ALIAS = 255;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public static NewInvite parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> email = errors.requiredText(root, null, "email").filter(value -> {
            boolean valid = isEmail(value);
            if (!valid) {
                errors.invalid(null, "email", "must be an email address of at most " + MAX_EMAIL + " characters");
            }
            return valid;
        });
        Optional<String> alias = root.hasNonNull("alias") ? errors.requiredLabel(root, "alias", MAX_ALIAS) : Optional.empty();
        Optional<String> playerId = errors.text(root, null, "player_id");
        playerId.filter(id -> !PlayerRequest.NEW_ID.matcher(id).matches()).ifPresent(id -> errors.invalid(null, "player_id",
                "must be letters, digits and underscores, not start with a digit, and have at most 128 characters"));
        errors.throwIfAny();
        return new NewInvite(normalized(email.orElseThrow()), alias, playerId);
    }

    /** The address of DELETE /v2/admin/invites?email=, as invitations key it: 400 when missing or not an address. */
    public static String email(Optional<String> given) {
        return given.filter(NewInvite::isEmail).map(NewInvite::normalized).orElseThrow(() ->
                InvalidInput.validationFailed("email", "must be the email address of the invitation to cancel"));
    }

    private static boolean isEmail(String value) {
        return value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches();
    }

    private static String normalized(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
