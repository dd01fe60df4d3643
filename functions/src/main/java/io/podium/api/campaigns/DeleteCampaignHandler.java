package io.podium.api.campaigns;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.campaigns.CampaignStore;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.leaderboards.BoardStore;
import io.podium.wiring.Wiring;

/** DELETE /v3/igr/gamification/{copid}/campaigns/{id}: the campaign and its leaderboard. */
public final class DeleteCampaignHandler extends ApiHandler {
    private final CampaignStore campaigns;
    private final BoardStore boards;

    public DeleteCampaignHandler() {
        this(Wiring.aws().campaigns(), Wiring.aws().boards());
    }

    public DeleteCampaignHandler(CampaignStore campaigns, BoardStore boards) {
        super(Access.HUB);
        this.campaigns = campaigns;
        this.boards = boards;
    }

    /**
     * The board goes first: if the campaign's deletion then fails, the client's retry finds the campaign and
     * finishes, where the other order would answer the retry 404 and leave the board behind for good.
     */
    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.pathParameter("copid");
        String id = CampaignPath.id(request);
        boards.delete(copid, id);
        if (!campaigns.delete(copid, id)) {
            throw CampaignPath.notFound();
        }
        return ApiResponse.noContent();
    }
}
