package io.podium.api.scores;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.errors.NotFound;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.paging.Cursor;
import io.podium.paging.QueryLimit;
import io.podium.scores.ScorePage;
import io.podium.scores.ScoreStore;
import io.podium.scores.StoredScore;
import io.podium.wiring.Wiring;

import java.time.LocalDate;
import java.util.Optional;

/** GET /v3/igr/gamification/{copid}/scores?metric=M&date=D[&limit=N&cursor=C]: what was stored, to reconcile. */
public final class GetScoresHandler extends ApiHandler {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ScoreStore scores;
    private final MetricStore metrics;

    public GetScoresHandler() {
        this(Wiring.aws().scores(), Wiring.aws().metrics());
    }

    public GetScoresHandler(ScoreStore scores, MetricStore metrics) {
        super(Access.READ);
        this.scores = scores;
        this.metrics = metrics;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        FieldErrors errors = new FieldErrors();
        Optional<String> metricName = ScoreQuery.metric(request, errors);
        Optional<LocalDate> date = ScoreQuery.day(request, "date", errors);
        errors.throwIfAny();
        int limit = QueryLimit.parse(request.query("limit"), DEFAULT_LIMIT, MAX_LIMIT);
        Optional<String> after = Cursor.decode(request.query("cursor"));

        String copid = request.pathParameter("copid");
        Metric metric = metrics.find(copid, metricName.orElseThrow())
                .orElseThrow(() -> new NotFound("metric_not_found", "No metric " + metricName.get() + "."));
        ScorePage page = scores.day(copid, metric.name(), date.orElseThrow(), limit, after);

        ObjectNode body = Json.object()
                .put("metric", metric.name())
                .put("date", date.get().toString())
                .put("finalized", metric.isFinalized(date.get()));
        ArrayNode list = body.putArray("scores");
        for (StoredScore score : page.scores()) {
            list.addObject()
                    .put("userxtid", score.userxtid())
                    .put("score", score.score())
                    .put("updatedAt", IsoTime.format(score.updatedAt()));
        }
        body.put("next", page.lastUserxtid().map(Cursor::encode).orElse(null));
        return ApiResponse.ok(body);
    }
}
