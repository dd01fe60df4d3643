package io.podium.api.leaderboards;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.campaigns.Campaign;
import io.podium.errors.NotFound;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ids.DriverId;
import io.podium.leaderboards.BoardPage;
import io.podium.leaderboards.CampaignBoard;
import io.podium.leaderboards.CampaignBoards;
import io.podium.paging.Cursor;
import io.podium.paging.QueryLimit;
import io.podium.wiring.Wiring;

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
        this(Wiring.aws().campaignBoards());
    }

    public GetLeaderboardHandler(CampaignBoards boards) {
        super(Access.READ_OR_HUB);
        this.boards = boards;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        int limit = QueryLimit.parse(request.query("limit"), DEFAULT_LIMIT, MAX_LIMIT);
        int offset = Cursor.position(request.query("cursor"));
        Optional<String> around = DriverId.checked(request.query("around"), "around");
        String copid = request.pathParameter("copid");
        String id = request.pathParameter("id");
        CampaignBoard found = (around.isPresent() ? boards.around(copid, id, around.get(), limit) : boards.top(copid, id, offset, limit))
                .orElseThrow(Campaign::notFound);
        Campaign campaign = found.campaign();
        Optional<BoardPage> page = found.page()
                .filter(board -> board.head().definition().equals(campaign.boardDefinition()));
        if (around.isPresent() && page.isEmpty()) {
            throw new NotFound("driver_not_ranked", "That driver has no entry on this leaderboard.");
        }
        return ApiResponse.ok(LeaderboardJson.board(campaign, page));
    }
}
