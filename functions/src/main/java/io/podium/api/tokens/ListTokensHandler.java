package io.podium.api.tokens;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.InvalidInput;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ids.CompanyId;
import io.podium.json.Json;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;

/** GET /v3/igr/admin/tokens?copid=X. */
public final class ListTokensHandler extends ApiHandler {
    private final TokenService tokens;

    public ListTokensHandler() {
        this(Wiring.aws().tokens());
    }

    public ListTokensHandler(TokenService tokens) {
        super(Access.PLATFORM_ADMIN);
        this.tokens = tokens;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.query("copid").filter(CompanyId::isValid).orElseThrow(
                () -> InvalidInput.validationFailed("copid", "is required and must match ^[a-zA-Z0-9_-]{1,64}$"));
        return ApiResponse.ok(Json.data(tokens.list(copid).stream(), TokenJson::of));
    }
}
