package io.podium.api.rules;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.rules.RuleJson;
import io.podium.rules.RuleService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/rules: the game's custom rules, as the seed lists them, a bare array by id. */
public final class ListRulesHandler extends ApiHandler {
    private final RuleService rules;

    public ListRulesHandler() {
        this(Wiring.aws().rules());
    }

    public ListRulesHandler(RuleService rules) {
        super(Access.GAME_READ);
        this.rules = rules;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        ArrayNode list = Json.mapper().createArrayNode();
        rules.list(request.tokenCompany()).forEach(rule -> list.add(RuleJson.listed(rule)));
        return ApiResponse.ok(list);
    }
}
