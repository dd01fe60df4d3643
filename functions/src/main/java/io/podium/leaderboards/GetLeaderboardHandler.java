package io.podium.leaderboards;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.campaigns.Campaign;
import io.podium.config.AwsClients;
import io.podium.http.Access;
import io.podium.http.ApiError;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.http.Cursor;
import io.podium.http.Json;
import io.podium.http.QueryLimit;
import io.podium.scores.ScoreRules;
import io.podium.store.DynamoDbCampaignBoards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * GET /v3/igr/gamification/{copid}/campaigns/{id}/leaderboard?limit=1..100&cursor=C&around=USERXTID.
 * A board computed for an older definition of the campaign is shown as not computed yet: the consumer is
 * rebuilding it.
 */
public final class GetLeaderboardHandler extends ApiHandler {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private final CampaignBoards boards;

    public GetLeaderboardHandler() {
        this(DynamoDbCampaignBoards.fromEnvironment(AwsClients.dynamoDb()));
    }

    public GetLeaderboardHandler(CampaignBoards boards) {
        super(Access.company(Scope.READ, Scope.HUB));
        this.boards = boards;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        int limit = QueryLimit.parse(request.query("limit"), DEFAULT_LIMIT, MAX_LIMIT);
        int offset = Cursor.decode(request.query("cursor")).map(GetLeaderboardHandler::position).orElse(0);
        Optional<String> around = request.query("around");
        around.flatMap(ScoreRules::userxtidProblem).ifPresent(problem -> {
            throw ApiError.validationFailed("around", problem);
        });
        String copid = request.pathParameter("copid");
        String id = request.pathParameter("id");
        CampaignBoard found = (around.isPresent() ? boards.around(copid, id, around.get(), limit) : boards.top(copid, id, offset, limit))
                .orElseThrow(() -> ApiError.notFound("campaign_not_found", "No such campaign."));
        Campaign campaign = found.campaign();
        Optional<BoardPage> page = found.page()
                .filter(board -> board.head().definition().equals(campaign.boardDefinition()));
        if (around.isPresent() && page.isEmpty()) {
            throw ApiError.notFound("driver_not_ranked", "That driver has no entry on this leaderboard.");
        }
        return ApiResponse.ok(body(campaign, page));
    }

    private static ObjectNode body(Campaign campaign, Optional<BoardPage> page) {
        Optional<LocalDate> through = page.flatMap(p -> p.head().computedThrough());
        boolean complete = through.filter(t -> !t.isBefore(campaign.endDate())).isPresent();
        ObjectNode body = Json.object()
                .put("campaign", campaign.id())
                .put("metric", campaign.metric())
                .put("startDate", campaign.startDate().toString())
                .put("endDate", campaign.endDate().toString())
                .put("aggregation", campaign.aggregation().wireName());
        body.put("computedThrough", through.map(Object::toString).orElse(null));
        body.put("complete", complete);
        ArrayNode winners = body.putArray("winners");
        if (complete) {
            page.get().leaders().forEach(winners::add);
        }
        int total = page.map(p -> p.head().total()).orElse(0);
        body.put("total", total);
        ArrayNode entries = body.putArray("entries");
        Scoring scoring = new Scoring(campaign.aggregation());
        List<RankedEntry> shown = page.map(BoardPage::entries).orElse(List.of());
        shown.forEach(entry -> entries.add(LeaderboardJson.entry(entry, scoring)));
        int end = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).position() + 1;
        body.put("next", end > 0 && end < total ? Cursor.encode(Integer.toString(end)) : null);
        return body;
    }

    private static int position(String cursor) {
        try {
            int position = Integer.parseInt(cursor);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ApiError.validationFailed("cursor", "is not a cursor this API returned");
    }
}
