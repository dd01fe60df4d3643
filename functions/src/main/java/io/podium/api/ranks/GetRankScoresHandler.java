package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.drivers.DriverQuery;
import io.podium.engagement.EngagementJson;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.leaderboards.BoardScoring;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.RatioScoring;
import io.podium.leaderboards.Scoring;
import io.podium.paging.Pagination;
import io.podium.ranks.Rank;
import io.podium.ranks.RankStore;
import io.podium.wiring.Wiring;

import java.util.Optional;

/**
 * GET /v3/igr/gamification/{copid}/ranks/{id}/scores?userxtid&page&per_page: a page of the rank's board and the
 * driver's own entry ({@code current_rank}), null when they are not ranked. A driver token sees its own entry.
 */
public final class GetRankScoresHandler extends ApiHandler {
    private final RankStore ranks;
    private final BoardStore boards;

    public GetRankScoresHandler() {
        this(Wiring.aws().ranks(), Wiring.aws().boards());
    }

    public GetRankScoresHandler(RankStore ranks, BoardStore boards) {
        super(Access.DRIVER_OR_READ_OR_HUB);
        this.ranks = ranks;
        this.boards = boards;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.pathParameter("copid");
        Optional<String> userxtid = DriverQuery.userxtid(request, "userxtid");
        Pagination pagination = Pagination.of(request.query("page"), request.query("per_page"));
        Rank rank = ranks.find(copid, RankPath.id(request)).orElseThrow(Rank::notFound);
        String definition = rank.definition().boardDefinition();
        BoardScoring scoring = rank.definition().rule().aggregation().<BoardScoring>map(Scoring::new).orElseGet(RatioScoring::new);
        ObjectNode body = Json.object();
        ArrayNode scores = body.putArray("scores");
        boards.page(copid, rank.boardId(), pagination.offset(), pagination.perPage())
                .filter(page -> page.head().definition().equals(definition))
                .ifPresent(page -> page.entries().forEach(entry -> scores.add(entry(entry, scoring))));
        body.set("current_rank", userxtid.flatMap(user -> boards.standing(copid, rank.boardId(), user))
                .filter(standing -> standing.definition().equals(definition))
                .<JsonNode>map(standing -> entry(standing.entry(), scoring))
                .orElse(Json.mapper().nullNode()));
        return ApiResponse.ok(body);
    }

    private static ObjectNode entry(RankedEntry entry, BoardScoring scoring) {
        ObjectNode node = Json.object().put("rank", entry.rank()).put("score", scoring.score(entry.standing()));
        node.set("user", EngagementJson.user(entry.userxtid()));
        return node;
    }
}
