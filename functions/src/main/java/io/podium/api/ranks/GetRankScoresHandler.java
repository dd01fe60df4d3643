package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.drivers.DriverQuery;
import io.podium.api.drivers.UserJson;
import io.podium.auth.Caller;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.leaderboards.BoardPage;
import io.podium.leaderboards.BoardScoring;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.RatioScoring;
import io.podium.leaderboards.Scoring;
import io.podium.paging.Pagination;
import io.podium.players.PlayerStore;
import io.podium.ranks.Rank;
import io.podium.ranks.RankStore;
import io.podium.wiring.Wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GET /v3/igr/gamification/{copid}/ranks/{id}/scores?userxtid&page&per_page, and EASI'R's GET
 * /gamification/ranks/{rank_id}/scores: a page of the rank's board and the driver's own entry ({@code current_rank}),
 * null when they are not ranked. A driver token sees its own entry; at EASI'R's path the driver is the signed-in user,
 * and a company token has none.
 */
public final class GetRankScoresHandler extends ApiHandler {
    private final RankStore ranks;
    private final BoardStore boards;
    private final PlayerStore players;

    public GetRankScoresHandler() {
        this(Wiring.aws().ranks(), Wiring.aws().boards(), Wiring.aws().playerStore());
    }

    public GetRankScoresHandler(RankStore ranks, BoardStore boards, PlayerStore players) {
        super(Access.EASIR_SHARED);
        this.ranks = ranks;
        this.boards = boards;
        this.players = players;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.company();
        Optional<String> userxtid = request.isSignedInRoute()
                ? request.caller().flatMap(Caller::driver)
                : DriverQuery.userxtid(request, "userxtid");
        Pagination pagination = Pagination.of(request.query("page"), request.query("per_page"));
        Rank rank = ranks.find(copid, RankPath.id(request)).orElseThrow(Rank::notFound);
        String definition = rank.definition().boardDefinition();
        List<RankedEntry> page = boards.page(copid, rank.boardId(), pagination.offset(), pagination.perPage())
                .filter(found -> found.head().definition().equals(definition))
                .map(BoardPage::entries).orElse(List.of());
        Optional<RankedEntry> own = userxtid.flatMap(user -> boards.standing(copid, rank.boardId(), user))
                .filter(standing -> standing.definition().equals(definition))
                .map(BoardStore.DriverStanding::entry);
        List<String> named = new ArrayList<>(page.stream().map(RankedEntry::userxtid).toList());
        own.ifPresent(entry -> named.add(entry.userxtid()));
        UserJson users = UserJson.of(request, players, copid, named);
        BoardScoring scoring = rank.definition().rule().aggregation().<BoardScoring>map(Scoring::new)
                .orElseGet(() -> new RatioScoring(rank.definition().ratioScale()));
        ObjectNode body = Json.object();
        ArrayNode scores = body.putArray("scores");
        page.forEach(entry -> scores.add(entry(entry, scoring, users)));
        body.set("current_rank", own.<JsonNode>map(entry -> entry(entry, scoring, users)).orElse(Json.mapper().nullNode()));
        return ApiResponse.ok(body);
    }

    private static ObjectNode entry(RankedEntry entry, BoardScoring scoring, UserJson users) {
        ObjectNode node = Json.object().put("rank", entry.rank()).put("score", scoring.score(entry.standing()));
        node.set("user", users.user(entry.userxtid()));
        return node;
    }
}
