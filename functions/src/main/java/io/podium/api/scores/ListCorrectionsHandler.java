package io.podium.api.scores;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.Cursor;
import io.podium.paging.QueryLimit;
import io.podium.scores.CorrectionPage;
import io.podium.scores.CorrectionStore;
import io.podium.scores.ScoreCorrection;
import io.podium.wiring.Wiring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * GET /v3/igr/gamification/{copid}/scores/corrections?metric=M&from=D&to=D[&limit=N&cursor=C]: the record of the
 * corrections of the days from D to D, the latest day first and on a day the latest correction first; one Query a page.
 */
public final class ListCorrectionsHandler extends ApiHandler {
    static final int DEFAULT_LIMIT = 50;
    /** A page of the largest records (reasons of 500 four-byte characters) stays well within a Query's 1 MB. */
    static final int MAX_LIMIT = 100;

    private final CorrectionStore corrections;

    public ListCorrectionsHandler() {
        this(Wiring.aws().corrections());
    }

    public ListCorrectionsHandler(CorrectionStore corrections) {
        super(Access.READ_OR_SCORES_CORRECT);
        this.corrections = corrections;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        FieldErrors errors = new FieldErrors();
        Optional<String> metric = ScoreQuery.metric(request, errors);
        Optional<LocalDate> from = ScoreQuery.day(request, "from", errors);
        Optional<LocalDate> to = ScoreQuery.day(request, "to", errors);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.invalid(null, "to", "must be on or after from");
        }
        errors.throwIfAny();
        int limit = QueryLimit.parse(request.query("limit"), DEFAULT_LIMIT, MAX_LIMIT);
        Optional<String> after = Cursor.decode(request.query("cursor"));

        CorrectionPage page = corrections.page(request.pathParameter("copid"), metric.orElseThrow(), from.orElseThrow(),
                to.orElseThrow(), limit, after);
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        for (ScoreCorrection correction : page.corrections()) {
            CorrectionJson.entry(data.addObject(), correction);
        }
        body.put("next", page.next().map(Cursor::encode).orElse(null));
        return ApiResponse.ok(body);
    }
}
