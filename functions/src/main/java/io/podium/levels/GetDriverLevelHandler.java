package io.podium.levels;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.badges.Badge;
import io.podium.badges.BadgeStore;
import io.podium.config.AwsClients;
import io.podium.engagement.DriverPath;
import io.podium.engagement.Ledger;
import io.podium.engagement.StatBoards;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.http.Json;
import io.podium.leaderboards.BoardStore;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.settings.CompanySettings;
import io.podium.settings.SettingsStore;
import io.podium.store.DynamoDbBadgeStore;
import io.podium.store.DynamoDbBoardStore;
import io.podium.store.DynamoDbLedger;
import io.podium.store.DynamoDbMetricStore;
import io.podium.store.DynamoDbSettingsStore;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GET /v3/igr/gamification/{copid}/drivers/{userxtid}/level: the driver's points now (weighted finalized totals plus
 * badge points), and their level, which is never below the highest they reached.
 */
public final class GetDriverLevelHandler extends ApiHandler {
    private final SettingsStore settings;
    private final MetricStore metrics;
    private final BoardStore boards;
    private final BadgeStore badges;
    private final Ledger ledger;

    public GetDriverLevelHandler() {
        this(DynamoDbSettingsStore.fromEnvironment(AwsClients.dynamoDb()), DynamoDbMetricStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbBoardStore.fromEnvironment(AwsClients.dynamoDb()), DynamoDbBadgeStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbLedger.fromEnvironment(AwsClients.dynamoDb()));
    }

    public GetDriverLevelHandler(SettingsStore settings, MetricStore metrics, BoardStore boards, BadgeStore badges, Ledger ledger) {
        super(Access.companyOrDriver(Scope.READ, Scope.HUB));
        this.settings = settings;
        this.metrics = metrics;
        this.boards = boards;
        this.badges = badges;
        this.ledger = ledger;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        String copid = request.pathParameter("copid");
        String userxtid = DriverPath.userxtid(request);
        CompanySettings company = settings.find(copid).orElse(CompanySettings.defaults(copid));
        Map<String, Long> totals = new HashMap<>();
        for (Metric metric : metrics.list(copid)) {
            if (company.weightOf(metric.name()) != 0) {
                boards.standing(copid, StatBoards.totalId(metric.name()), userxtid)
                        .filter(standing -> standing.definition().equals(StatBoards.TOTAL_DEFINITION))
                        .ifPresent(standing -> totals.put(metric.name(), standing.entry().standing().accumulated()));
            }
        }
        List<Badge> defined = badges.list(copid);
        Map<Long, ?> held = ledger.awardsOf(copid, userxtid, defined.stream().map(Badge::id).toList());
        double points = LevelPoints.of(totals, defined.stream().filter(badge -> held.containsKey(badge.id())).toList(), company);
        LevelScale scale = company.levels();
        int level = Math.max(scale.levelFor(points), ledger.level(copid, userxtid).orElse(0));
        return ApiResponse.ok(json(scale, level, points));
    }

    /** As the EASI'R API: progress is floor(100 × points ÷ the next level's threshold); 100 at the top level. */
    static ObjectNode json(LevelScale scale, int level, double points) {
        ObjectNode body = Json.object()
                .put("name", LevelScale.name(level))
                .put("points", number(points));
        if (level >= scale.count()) {
            body.put("progress_pct", 100).put("level_threshold", number(scale.threshold(level))).putNull("next_level");
            return body;
        }
        double next = scale.threshold(level + 1);
        // Negative points (a metric of negative scores) are no progress, not a negative one.
        body.put("progress_pct", (int) Math.max(0, Math.min(100, Math.floor(100 * points / next))))
                .put("level_threshold", number(scale.threshold(level)));
        body.putObject("next_level").put("name", LevelScale.name(level + 1)).put("level_threshold", number(next));
        return body;
    }

    /** Whole numbers without a fraction (5, not 5.0), as in the EASI'R example. */
    private static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
