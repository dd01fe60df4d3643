package io.podium.scores;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.ErrorDetail;
import io.podium.errors.FieldErrors;
import io.podium.errors.PreconditionFailed;
import io.podium.errors.TooLarge;
import io.podium.ids.DriverId;
import io.podium.json.Json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads a POST scores body into a {@link ScoreBatch}, or refuses it. The checks run in the order the
 * contract gives: body size, JSON shape, batch size (before any item is looked at), field types, field
 * rules, then duplicate drivers.
 */
public final class ScoreBatchParser {
    public static final int MAX_BATCH = 50;
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private ScoreBatchParser() {
    }

    public static ScoreBatch parse(byte[] body) {
        return parse(body, (root, errors) -> {
        });
    }

    /**
     * Reads a body that is a batch with more fields: {@code more} reads them from the same object into the same errors,
     * so that one refusal names every offending field, the batch's and its own, with the batch's rules and codes.
     */
    public static ScoreBatch parse(byte[] body, BiConsumer<ObjectNode, FieldErrors> more) {
        if (body.length > MAX_BODY_BYTES) {
            throw new TooLarge("batch_too_large", "The request body exceeds " + MAX_BODY_BYTES + " bytes.");
        }
        ObjectNode root = Json.parseObject(body);
        JsonNode items = root.get("scores");
        if (items != null && items.isArray() && items.size() > MAX_BATCH) {
            throw new TooLarge("batch_too_large",
                    "No more than " + MAX_BATCH + " scores can be uploaded in a single request; got " + items.size() + ".");
        }

        FieldErrors errors = new FieldErrors();
        Optional<LocalDate> date = ScoreRules.date(errors.requiredText(root, null, "date"), null, "date", errors);
        Optional<String> metric = ScoreRules.metric(errors.requiredText(root, null, "metric"), null, "metric", errors);
        List<Score> scores = readItems(items, errors);
        more.accept(root, errors);
        errors.throwIfAny();
        rejectDuplicates(scores);
        return new ScoreBatch(metric.orElseThrow(), date.orElseThrow(), scores);
    }

    private static List<Score> readItems(JsonNode items, FieldErrors errors) {
        if (items == null || items.isNull() || !items.isArray() || items.isEmpty()) {
            errors.invalid(null, "scores", "must be a non-empty array of at most " + MAX_BATCH + " items");
            return List.of();
        }
        List<Score> scores = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                errors.wrongType(i, "scores[" + i + "]", "must be an object");
                continue;
            }
            int index = i;
            Optional<String> userxtid = errors.requiredText(item, index, "userxtid");
            userxtid.flatMap(DriverId::problem).ifPresent(problem -> errors.invalid(index, "userxtid", problem));
            Optional<Integer> score = readScore(item.get("score"), index, errors);
            if (userxtid.isPresent() && score.isPresent()) {
                scores.add(new Score(userxtid.get(), score.get()));
            }
        }
        return scores;
    }

    private static Optional<Integer> readScore(JsonNode score, int index, FieldErrors errors) {
        if (score == null || score.isNull()) {
            errors.invalid(index, "score", "is required");
        } else if (!score.isIntegralNumber()) {
            errors.invalid(index, "score", "must be a JSON integer");
        } else if (!score.canConvertToInt()) {
            errors.invalid(index, "score", "must be within the signed 32-bit range");
        } else {
            return Optional.of(score.intValue());
        }
        return Optional.empty();
    }

    private static void rejectDuplicates(List<Score> scores) {
        Map<String, Integer> firstIndex = new HashMap<>();
        List<ErrorDetail> duplicates = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Integer first = firstIndex.putIfAbsent(scores.get(i).userxtid(), i);
            if (first != null) {
                duplicates.add(ErrorDetail.item(i, "userxtid", "duplicates item " + first));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new PreconditionFailed("duplicate_userxtid", "Duplicate userxtid values in request.", duplicates);
        }
    }
}
