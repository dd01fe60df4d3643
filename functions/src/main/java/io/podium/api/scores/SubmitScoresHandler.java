package io.podium.api.scores;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.PreconditionFailed;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.scores.ScoreBatch;
import io.podium.scores.ScoreBatchParser;
import io.podium.scores.ScoreFinalizedException;
import io.podium.scores.ScoreStore;
import io.podium.wiring.SnapStartPriming;
import io.podium.wiring.Wiring;

import java.time.Clock;

/** POST /v3/igr/gamification/{copid}/scores. */
public final class SubmitScoresHandler extends ApiHandler {
    static {
        // On SnapStart, runs this path once (reads only) before the snapshot; elsewhere the primer never runs.
        SnapStartPriming.register("SubmitScoresFunction", SubmitScoresPriming::prime);
    }

    private final ScoreStore scores;
    private final Clock clock;

    public SubmitScoresHandler() {
        this(Wiring.aws().scores(), Wiring.aws().clock());
    }

    public SubmitScoresHandler(ScoreStore scores, Clock clock) {
        super(Access.SCORES_WRITE);
        this.scores = scores;
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        ScoreBatch batch = ScoreBatchParser.parse(request.body());
        try {
            scores.putBatch(request.pathParameter("copid"), batch, clock.instant());
        } catch (ScoreFinalizedException finalized) {
            throw new PreconditionFailed("score_finalized", finalized.getMessage());
        }
        return ApiResponse.ok(Json.object()
                .put("metric", batch.metric())
                .put("date", batch.date().toString())
                .put("accepted", batch.scores().size()));
    }
}
