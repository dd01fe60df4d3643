package io.podium.ranks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.errors.InvalidInput;
import io.podium.json.Json;
import io.podium.scores.ScoreRules;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validated rank bodies: a whole definition (POST), or a new name (PUT). A definition names one of Podium's rules with
 * its {@code settings}, or one of EASI'R's ({@link SeedRule}), computed as the company's settings say.
 */
public final class RankRequest {
    static final int MAX_TEXT = 255;
    private static final String TEAM_ID = "team_id";
    private static final String NO_SUCH_TEAM = "names no team of the company";
    /** A UUID as EASI'R writes its ids, in either case. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String RULES = Arrays.stream(SeedRule.values()).map(SeedRule::wireName).sorted()
            .collect(Collectors.joining(", ")) + ", or Podium's "
            + Arrays.stream(RankRule.values()).map(RankRule::wireName).collect(Collectors.joining(", "));

    private RankRequest() {
    }

    /**
     * @param seedRules how the company computes EASI'R's rules, read only if the body names one
     * @param teams     the id of the company's team with an integer id, if there is one
     */
    public static RankDefinition parse(byte[] body, Supplier<SeedRules> seedRules, LongFunction<Optional<String>> teams) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_TEXT);
        Optional<String> icon = errors.requiredLabel(root, "icon", MAX_TEXT);
        // Read without reporting: a rule that is none of EASI'R's is reported as Podium's basis reads it.
        Optional<SeedRule> seedRule = Optional.ofNullable(root.get("rule")).filter(JsonNode::isTextual)
                .flatMap(rule -> SeedRule.fromWireName(rule.textValue()));
        Optional<SeedRank> seed = seedRule.map(rule -> seedRank(root, rule, errors));
        Optional<RankBasis> basis = seedRule.isPresent() ? seedRule.map(seedRules.get()::basis) : basis(root, errors);
        Optional<RankTeam> team = errors.integer(root, TEAM_ID, 1, Long.MAX_VALUE).flatMap(number -> {
            Optional<RankTeam> found = teams.apply(number).map(id -> new RankTeam(id, number));
            if (found.isEmpty()) {
                errors.invalid(null, TEAM_ID, NO_SUCH_TEAM);
            }
            return found;
        });
        errors.throwIfAny();
        return new RankDefinition(name.orElseThrow(), icon.orElseThrow(), basis.orElseThrow(), seed, team);
    }

    /**
     * One of Podium's rules: {@code {"rule", "settings":{"metric", "denominator_metric"?, "min_volume"?}}}, the
     * denominator for a ratio only. The company's setting for EASI'R's rules takes the same form.
     */
    public static Optional<RankBasis> basis(JsonNode root, FieldErrors errors) {
        Optional<String> ruleName = errors.requiredText(root, null, "rule");
        Optional<RankRule> rule = ruleName.flatMap(RankRule::fromWireName);
        if (ruleName.isPresent() && rule.isEmpty()) {
            errors.invalid(null, "rule", "must be one of " + RULES);
        }
        Optional<JsonNode> settings = errors.object(root, "settings");
        if (settings.isEmpty() && (root.get("settings") == null || root.get("settings").isNull())) {
            errors.invalid(null, "settings", "is required");
        }
        FieldErrors settingErrors = errors.within("settings");
        JsonNode given = settings.orElse(Json.object());
        Optional<String> metric = ScoreRules.metric(settingErrors.requiredText(given, null, "metric"), null, "metric", settingErrors);
        Optional<String> denominator = ScoreRules.metric(settingErrors.text(given, null, "denominator_metric"), null,
                "denominator_metric", settingErrors);
        long minVolume = settingErrors.integer(given, "min_volume", 0, Long.MAX_VALUE / 2).orElse(0L);
        if (rule.filter(RankRule.RATIO::equals).isPresent()) {
            if (given.get("denominator_metric") == null || given.get("denominator_metric").isNull()) {
                settingErrors.invalid(null, "denominator_metric", "is required for a ratio");
            }
        } else if (rule.isPresent()) {
            if (given.has("denominator_metric")) {
                settingErrors.invalid(null, "denominator_metric", "is only for a ratio");
            }
            if (given.has("min_volume")) {
                settingErrors.invalid(null, "min_volume", "is only for a ratio");
            }
        }
        if (rule.isEmpty() || metric.isEmpty() || (rule.get() == RankRule.RATIO && denominator.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new RankBasis(rule.get(), metric.get(), rule.get() == RankRule.RATIO ? denominator : Optional.empty(),
                minVolume));
    }

    /** EASI'R's settings: a conversion rate names the CRM's relations path and milestone; the other rules take none. */
    private static SeedRank seedRank(ObjectNode root, SeedRule rule, FieldErrors errors) {
        if (!rule.isRatio()) {
            return new SeedRank(rule, Optional.empty(), Optional.empty());
        }
        Optional<JsonNode> settings = errors.object(root, "settings");
        if (settings.isEmpty()) {
            errors.invalid(null, "settings", "is required for conversion_rate");
        }
        FieldErrors settingErrors = errors.within("settings");
        JsonNode given = settings.orElse(Json.object());
        return new SeedRank(rule, uuid(given, "relations_path_id", settingErrors), uuid(given, "milestone_id", settingErrors));
    }

    private static Optional<String> uuid(JsonNode settings, String field, FieldErrors errors) {
        Optional<String> id = errors.requiredText(settings, null, field);
        if (id.filter(value -> !UUID.matcher(value).matches()).isPresent()) {
            errors.invalid(null, field, "must be a UUID");
            return Optional.empty();
        }
        return id;
    }

    /** The refusal of a {@code team_id} whose team was disbanded between the request's parsing and the rank's creation. */
    public static InvalidInput noSuchTeam() {
        return InvalidInput.validationFailed(TEAM_ID, NO_SUCH_TEAM);
    }

    public static String parseName(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_TEXT);
        errors.throwIfAny();
        return name.orElseThrow();
    }
}
