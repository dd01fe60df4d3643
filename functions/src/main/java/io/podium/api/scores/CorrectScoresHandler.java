package io.podium.api.scores;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.auth.Caller;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.scores.CorrectionOutcome;
import io.podium.scores.CorrectionRequest;
import io.podium.scores.ScoreChange;
import io.podium.scores.ScoreCorrections;
import io.podium.wiring.Wiring;

/**
 * POST /v3/igr/gamification/{copid}/scores/corrections: corrects scores of a finalized day, on the record, as the
 * calling token; answers what changed.
 */
public final class CorrectScoresHandler extends ApiHandler {
    private final ScoreCorrections corrections;

    public CorrectScoresHandler() {
        this(Wiring.aws().scoreCorrections());
    }

    public CorrectScoresHandler(ScoreCorrections corrections) {
        super(Access.SCORES_CORRECT);
        this.corrections = corrections;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        CorrectionRequest correction = CorrectionRequest.parse(request.body());
        String by = request.caller().map(Caller::tokenId).orElseThrow();
        CorrectionOutcome outcome = corrections.correct(request.pathParameter("copid"), correction, by);
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        for (ScoreChange change : outcome.changes()) {
            CorrectionJson.change(data.addObject(), change);
        }
        body.put("metric", correction.batch().metric()).put("date", correction.batch().date().toString());
        return ApiResponse.ok(body);
    }
}
