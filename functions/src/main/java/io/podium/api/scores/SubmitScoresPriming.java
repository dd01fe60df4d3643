package io.podium.api.scores;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Scope;
import io.podium.scores.ScoreBatch;
import io.podium.scores.ScoreBatchParser;
import io.podium.scores.ScorePage;
import io.podium.scores.ScoreStore;
import io.podium.scores.StoredScore;
import io.podium.wiring.Wiring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SnapStart priming of SubmitScoresFunction, which never writes: one sample request through a handler whose
 * store writes nothing (the whole path from the event to the serialized 200), then the real store builds that
 * batch's transaction without sending it and reads a metric item that cannot exist.
 */
public final class SubmitScoresPriming {
    /** No company has it ('#' is not allowed in a company id), and nothing with it is written anyway. */
    private static final String COPID = "#snapstart-priming";
    private static final String BODY = "{\"date\":\"2000-01-01\",\"metric\":\"snapstart_priming\",\"scores\":"
            + "[{\"userxtid\":\"priming-1\",\"score\":1},{\"userxtid\":\"priming-2\",\"score\":-2}]}";

    private SubmitScoresPriming() {
    }

    /** The primer SubmitScoresHandler registers: on the function's own client. */
    static void prime() {
        prime(Wiring.aws());
    }

    /** Primes with {@code wiring}'s score store, whose only call is one GetItem. */
    public static void prime(Wiring wiring) {
        APIGatewayProxyResponseEvent response = new SubmitScoresHandler(new NoWrites(), Clock.systemUTC())
                .handleRequest(event(), null);
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException("the priming request was refused: " + response.getBody());
        }
        ScoreBatch sample = ScoreBatchParser.parse(BODY.getBytes(StandardCharsets.UTF_8));
        wiring.primeScores(sample);
    }

    private static APIGatewayProxyRequestEvent event() {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setRequestId("snapstart-priming");
        context.setAuthorizer(Map.of("tokenId", "snapstart-priming", "copid", COPID,
                "scopes", Scope.SCORES_WRITE.wireName()));
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withResource("/v3/igr/gamification/{copid}/scores")
                .withPath("/v3/igr/gamification/" + COPID + "/scores")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withPathParameters(Map.of("copid", COPID))
                .withRequestContext(context)
                .withBody(BODY)
                .withIsBase64Encoded(false);
    }

    /** Accepts every batch and stores nothing. */
    private static final class NoWrites implements ScoreStore {
        @Override
        public void putBatch(String copid, ScoreBatch batch, Instant now) {
        }

        @Override
        public ScorePage day(String copid, String metric, LocalDate date, int limit, Optional<String> afterUserxtid) {
            throw new UnsupportedOperationException("priming reads no scores");
        }

        @Override
        public Map<LocalDate, StoredScore> driver(String copid, String metric, String userxtid, List<LocalDate> days) {
            throw new UnsupportedOperationException("priming reads no scores");
        }

        @Override
        public int erase(String copid, String metric, String userxtid, List<LocalDate> days) {
            throw new UnsupportedOperationException("priming erases no scores");
        }
    }
}
