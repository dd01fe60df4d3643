package io.podium.api.tokens;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.errors.InvalidInput;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ids.CompanyId;
import io.podium.json.Json;
import io.podium.tokens.CompanyKey;
import io.podium.tokens.Tier;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;

import java.util.Optional;

/**
 * PUT /v3/igr/admin/companies/{copid}/tier {"tier": "standard" | "premium"}: the usage plan that throttles the
 * company's tokens. A company without tokens gets its key now, in that tier.
 */
public final class SetCompanyTierHandler extends ApiHandler {
    private final TokenService tokens;

    public SetCompanyTierHandler() {
        this(Wiring.aws().tokens());
    }

    public SetCompanyTierHandler(TokenService tokens) {
        super(Access.PLATFORM_ADMIN);
        this.tokens = tokens;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.pathParameter("copid");
        if (!CompanyId.isValid(copid)) {
            throw InvalidInput.validationFailed("copid", "must match ^[a-zA-Z0-9_-]{1,64}$");
        }
        ObjectNode body = Json.parseObject(request.body());
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredText(body, null, "tier");
        Optional<Tier> tier = name.flatMap(Tier::fromWireName);
        if (name.isPresent() && tier.isEmpty()) {
            errors.invalid(null, "tier", "must be one of standard, premium");
        }
        errors.throwIfAny();
        CompanyKey key = tokens.setTier(copid, tier.orElseThrow());
        ObjectNode answer = Json.object();
        answer.put("copid", key.copid());
        answer.put("tier", key.tier().wireName());
        return ApiResponse.ok(answer);
    }
}
