package io.podium.api.levels;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.drivers.DriverPath;
import io.podium.badges.BadgeStore;
import io.podium.engagement.Ledger;
import io.podium.engagement.Levels;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.leaderboards.BoardStore;
import io.podium.levels.LevelScale;
import io.podium.metrics.MetricStore;
import io.podium.settings.SettingsStore;
import io.podium.wiring.Wiring;

import java.time.Clock;

/**
 * GET /v3/igr/gamification/{copid}/drivers/{userxtid}/level, and EASI'R's GET /gamification/level for the signed-in
 * user: the driver's points now (weighted finalized totals plus badge points), and their level, which is never below the
 * highest they reached.
 */
public final class GetDriverLevelHandler extends ApiHandler {
    private final Levels levels;

    public GetDriverLevelHandler() {
        this(Wiring.aws().settings(), Wiring.aws().metrics(), Wiring.aws().boards(), Wiring.aws().badges(),
                Wiring.aws().ledger());
    }

    public GetDriverLevelHandler(SettingsStore settings, MetricStore metrics, BoardStore boards, BadgeStore badges, Ledger ledger) {
        super(Access.EASIR_ME);
        // A read: the clock only dates the levels a recompute raises, which this never does.
        this.levels = new Levels(settings, metrics, boards, badges, ledger, Clock.systemUTC());
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.company();
        String userxtid = DriverPath.userxtid(request);
        Levels.DriverLevel level = levels.of(copid, userxtid);
        return ApiResponse.ok(json(level.scale(), level.level(), level.points()));
    }

    /** As the EASI'R API: progress is floor(100 × points ÷ the next level's threshold); 100 at the top level. */
    static ObjectNode json(LevelScale scale, int level, double points) {
        ObjectNode body = Json.object()
                .put("name", LevelScale.name(level))
                .put("points", Json.number(points));
        if (level >= scale.count()) {
            body.put("progress_pct", 100).put("level_threshold", Json.number(scale.threshold(level))).putNull("next_level");
            return body;
        }
        double next = scale.threshold(level + 1);
        // Negative points (a metric of negative scores) are no progress, not a negative one.
        body.put("progress_pct", (int) Math.max(0, Math.min(100, Math.floor(100 * points / next))))
                .put("level_threshold", Json.number(scale.threshold(level)));
        body.putObject("next_level").put("name", LevelScale.name(level + 1)).put("level_threshold", Json.number(next));
        return body;
    }
}
