package io.podium.api.campaigns;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import io.podium.campaigns.CampaignStore;
import io.podium.errors.FieldErrors;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.Cursor;
import io.podium.paging.QueryLimit;
import io.podium.scores.ScoreRules;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * GET /v3/igr/gamification/{copid}/campaigns?status=S&metric=M&limit=N&cursor=C, by id. A company has few
 * campaigns, so they are read in one go and filtered here; the cursor is the last id of the previous page.
 */
public final class ListCampaignsHandler extends ApiHandler {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private final CampaignStore campaigns;
    private final Clock clock;

    public ListCampaignsHandler() {
        this(Wiring.aws().campaigns(), Wiring.aws().clock());
    }

    public ListCampaignsHandler(CampaignStore campaigns, Clock clock) {
        super(Access.READ_OR_HUB);
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        FieldErrors errors = new FieldErrors();
        Optional<String> statusName = request.query("status");
        Optional<CampaignStatus> status = statusName.flatMap(CampaignStatus::fromWireName);
        if (statusName.isPresent() && status.isEmpty()) {
            errors.invalid(null, "status", "must be one of scheduled, running, ended");
        }
        Optional<String> metric = ScoreRules.metric(request.query("metric"), null, "metric", errors);
        errors.throwIfAny();
        int limit = QueryLimit.parse(request.query("limit"), DEFAULT_LIMIT, MAX_LIMIT);
        Optional<String> after = Cursor.decode(request.query("cursor"));

        LocalDate today = CampaignJson.today(clock);
        List<Campaign> page = campaigns.list(request.pathParameter("copid")).stream()
                .filter(campaign -> after.isEmpty() || campaign.id().compareTo(after.get()) > 0)
                .filter(campaign -> status.isEmpty() || campaign.statusOn(today) == status.get())
                .filter(campaign -> metric.isEmpty() || campaign.metric().equals(metric.get()))
                // One more than asked tells whether a next page exists, so "next" is never a dead end.
                .limit(limit + 1L)
                .toList();

        ObjectNode body = Json.data(page.stream().limit(limit), campaign -> CampaignJson.of(campaign, today));
        body.put("next", page.size() > limit ? Cursor.encode(page.get(limit - 1).id()) : null);
        return ApiResponse.ok(body);
    }
}
