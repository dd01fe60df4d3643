package io.podium.api.rules;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.InvalidInput;
import io.podium.api.gamemetrics.ChangesJson;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.rules.Evaluation;
import io.podium.rules.RuleService;
import io.podium.wiring.Wiring;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * POST /v2/admin/rules/:rule_id: evaluates a custom rule on players, and answers as the seed does: one array per
 * {@code data} entry, in order, of {@code {"player_id","events":{"local":[the custom_rule event],"global":[the level
 * event it caused, if any]}}}. An
 * {@code Idempotency-Key} header (beyond the seed; 1 to 128 printable characters) makes a retried call answer what the
 * first applied, without applying anything twice.
 */
public final class EvaluateRuleHandler extends ApiHandler {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private final RuleService rules;

    public EvaluateRuleHandler() {
        this(Wiring.aws().rules());
    }

    public EvaluateRuleHandler(RuleService rules) {
        super(Access.GAME);
        this.rules = rules;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String callKey = request.header("Idempotency-Key").map(key -> {
            if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
                throw InvalidInput.validationFailed("Idempotency-Key", "must be 1 to 128 printable characters");
            }
            return "k:" + key;
        }).orElseGet(() -> "u:" + UUID.randomUUID());
        RuleService.Evaluated evaluated = rules.evaluate(request.tokenCompany(), request.pathParameter("rule_id"),
                Evaluation.parse(request.body()), callKey);
        ArrayNode body = Json.mapper().createArrayNode();
        for (List<RuleService.Outcome> entry : evaluated.outcomes()) {
            ArrayNode players = body.addArray();
            for (RuleService.Outcome outcome : entry) {
                ObjectNode player = players.addObject().put("player_id", outcome.playerId());
                ObjectNode events = player.putObject("events");
                events.putArray("local").add(ChangesJson.event("custom_rule", outcome.playerId(), outcome.alias(),
                        outcome.events().own(), evaluated.catalog()));
                ArrayNode global = events.putArray("global");
                outcome.events().level().ifPresent(level -> global.add(ChangesJson.event("level", outcome.playerId(),
                        outcome.alias(), level, evaluated.catalog())));
            }
        }
        return ApiResponse.ok(body);
    }
}
