package io.podium.campaigns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.ids.CampaignId;
import io.podium.json.Json;
import io.podium.scores.ScoreRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A validated campaign body, the same for POST (create) and PUT (replace). Unknown fields are ignored; a field
 * of the wrong JSON type is 400 invalid_json, a broken rule 400 validation_failed, every offending field named.
 */
public record CampaignRequest(Optional<String> id, String name, String metric, LocalDate startDate, LocalDate endDate,
                       Aggregation aggregation, Optional<String> description) {
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 2000;

    /** A POST body; an id, if given, must be a valid campaign id. */
    public static CampaignRequest parse(byte[] body) {
        return parse(body, Optional.empty());
    }

    /** A PUT body; an id, if given, must be the one in the path. */
    public static CampaignRequest parseReplacement(byte[] body, String pathId) {
        return parse(body, Optional.of(pathId));
    }

    private static CampaignRequest parse(byte[] body, Optional<String> pathId) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> id = errors.text(root, null, "id");
        if (pathId.isPresent()) {
            id.filter(given -> !given.equals(pathId.get()))
                    .ifPresent(given -> errors.invalid(null, "id", "must be the campaign id of the path"));
        } else {
            id.filter(given -> !CampaignId.isValid(given))
                    .ifPresent(given -> errors.invalid(null, "id", "must match " + CampaignId.VALID.pattern()));
        }
        Optional<String> name = errors.requiredText(root, null, "name");
        name.filter(n -> n.isEmpty() || length(n) > MAX_NAME)
                .ifPresent(n -> errors.invalid(null, "name", "must be 1 to " + MAX_NAME + " characters"));
        Optional<String> metric = ScoreRules.metric(errors.requiredText(root, null, "metric"), null, "metric", errors);
        Optional<LocalDate> start = ScoreRules.date(errors.requiredText(root, null, "startDate"), null, "startDate", errors);
        Optional<LocalDate> end = ScoreRules.date(errors.requiredText(root, null, "endDate"), null, "endDate", errors);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            errors.invalid(null, "endDate", "must be on or after startDate");
        }
        Optional<String> aggregation = errors.text(root, null, "aggregation");
        Optional<Aggregation> aggregated = aggregation.flatMap(Aggregation::fromWireName);
        if (aggregation.isPresent() && aggregated.isEmpty()) {
            errors.invalid(null, "aggregation", "must be one of total, best_day, average, active_days");
        }
        Optional<String> description = errors.text(root, null, "description");
        description.filter(d -> length(d) > MAX_DESCRIPTION)
                .ifPresent(d -> errors.invalid(null, "description", "must be at most " + MAX_DESCRIPTION + " characters"));
        errors.throwIfAny();
        return new CampaignRequest(id, name.orElseThrow(), metric.orElseThrow(), start.orElseThrow(), end.orElseThrow(),
                aggregated.orElse(Aggregation.TOTAL), description);
    }

    Campaign toCampaign(String copid, String campaignId, CampaignStatus recordedStatus, Instant createdAt, Instant updatedAt) {
        return new Campaign(copid, campaignId, name, metric, startDate, endDate, aggregation, description, recordedStatus,
                createdAt, updatedAt);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
