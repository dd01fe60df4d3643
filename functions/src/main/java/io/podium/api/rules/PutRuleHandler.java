package io.podium.api.rules;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.InvalidInput;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.rules.RuleJson;
import io.podium.rules.RuleRequest;
import io.podium.rules.RuleService;
import io.podium.wiring.Wiring;

/**
 * PUT /v2/admin/definitions/rules/:rule_id (beyond Playoff's seed, whose builder defines rules): defines or redefines a
 * custom rule whole, as data; 201 when new, 200 when replaced.
 */
public final class PutRuleHandler extends ApiHandler {
    private final RuleService rules;

    public PutRuleHandler() {
        this(Wiring.aws().rules());
    }

    public PutRuleHandler(RuleService rules) {
        super(Access.GAME);
        this.rules = rules;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String id = request.pathParameter("rule_id");
        if (!RuleRequest.validId(id)) {
            throw InvalidInput.validationFailed("rule_id", "must be letters, digits and underscores, not starting with a"
                    + " digit, at most 64");
        }
        RuleService.Defined defined = rules.define(request.tokenCompany(), id, request.body());
        return ApiResponse.json(defined.created() ? 201 : 200, RuleJson.whole(defined.rule()));
    }
}
