package io.podium.customboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A custom leaderboard, as PUT /v2/admin/definitions/leaderboards/:leaderboard_id defines it: {@code name}, the
 * {@code entity} it ranks ({@code players} or {@code teams}), the point {@code metric} it ranks by (a Playoff metric of
 * the game or a metric of daily scores), for teams the {@code aggregation} of their members' values ({@code sum}, the
 * default, or {@code average}), whether it is {@code custom}: then only registered entities appear, in the scopes
 * they were registered in, and its {@code period}: all time, or a date window ({@link BoardPeriod}). {@code scopes} is
 * every scope a custom one was ever registered in, as stored (none in a definition put).
 */
public record LeaderboardDefinition(String id, String name, BoardEntity entity, String metric, Aggregation aggregation,
                                    boolean custom, Optional<BoardPeriod> period, Instant updated, Set<String> scopes) {
    static final int MAX_NAME = 255;
    /** An id, a metric or a scope: letters, digits, underscores and hyphens, not starting with one of those two; at most 64. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public LeaderboardDefinition {
        scopes = Set.copyOf(scopes);
    }

    /** Whether {@code id} can name a leaderboard; an id that cannot names none. */
    public static boolean validId(String id) {
        return id != null && NAME.matcher(id).matches();
    }

    /**
     * @param id the path's leaderboard id, already known to be {@link #validId valid}
     */
    public static LeaderboardDefinition parse(String id, byte[] body, Instant now) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_NAME);
        Optional<BoardEntity> entity = errors.requiredText(root, null, "entity").flatMap(text -> {
            Optional<BoardEntity> named = BoardEntity.named(text);
            if (named.isEmpty()) {
                errors.invalid(null, "entity", "must be players or teams");
            }
            return named;
        });
        Optional<String> metric = errors.requiredText(root, null, "metric");
        metric.filter(value -> !NAME.matcher(value).matches())
                .ifPresent(value -> errors.invalid(null, "metric", "names no metric"));
        Aggregation aggregation = Aggregation.SUM;
        JsonNode named = root.get("aggregation");
        if (named != null && !named.isNull()) {
            Optional<Aggregation> parsed = named.isTextual() ? Aggregation.named(named.textValue()) : Optional.empty();
            if (parsed.isEmpty()) {
                errors.invalid(null, "aggregation", "must be sum or average");
            } else if (entity.filter(BoardEntity.TEAMS::equals).isEmpty()) {
                errors.invalid(null, "aggregation", "is for a leaderboard of teams");
            } else {
                aggregation = parsed.get();
            }
        }
        boolean custom = errors.bool(root, "custom").orElse(false);
        Optional<BoardPeriod> period = BoardPeriod.parse(root, errors);
        errors.throwIfAny();
        return new LeaderboardDefinition(id, name.orElseThrow(), entity.orElseThrow(), metric.orElseThrow(), aggregation,
                custom, period, now, Set.of());
    }
}
