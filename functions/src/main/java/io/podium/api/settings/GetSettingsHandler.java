package io.podium.api.settings;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.settings.SettingsStore;
import io.podium.wiring.Wiring;

/** GET /v3/igr/gamification/{copid}/settings: the document, or its defaults if never set. */
public final class GetSettingsHandler extends ApiHandler {
    private final SettingsStore settings;

    public GetSettingsHandler() {
        this(Wiring.aws().settings());
    }

    public GetSettingsHandler(SettingsStore settings) {
        super(Access.HUB);
        this.settings = settings;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(SettingsJson.of(settings.find(request.pathParameter("copid"))));
    }
}
