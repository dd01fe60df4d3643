package io.podium.api.settings;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.settings.CompanySettings;
import io.podium.settings.SettingsRequest;
import io.podium.settings.SettingsStore;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.util.Optional;

/** PUT /v3/igr/gamification/{copid}/settings: replaces the company's settings document. */
public final class PutSettingsHandler extends ApiHandler {
    private final SettingsStore settings;
    private final Clock clock;

    public PutSettingsHandler() {
        this(Wiring.aws().settings(), Wiring.aws().clock());
    }

    public PutSettingsHandler(SettingsStore settings, Clock clock) {
        super(Access.HUB);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SettingsRequest put = SettingsRequest.parse(request.body());
        CompanySettings saved = new CompanySettings(request.pathParameter("copid"), put.autoFinalizeAfterDays(),
                put.levels(), put.points(), put.rankRules(), put.invitesNeedApproval(), clock.instant());
        settings.put(saved);
        return ApiResponse.ok(SettingsJson.of(Optional.of(saved)));
    }
}
