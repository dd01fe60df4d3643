package io.podium.api.players;

import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.ids.DriverId;
import io.podium.players.PlayerService;
import io.podium.profiles.PlayerProfiles;
import io.podium.rules.ManualChanges;
import io.podium.wiring.Wiring;

/**
 * POST /v2/admin/players/:player_id/reset: every value of the game's metrics back to its default, logged as a
 * {@code reset} event; answers the profile, as the seed does. The daily scores are facts: they are not touched.
 */
public final class ResetPlayerHandler extends PlayerProfileHandler {
    private final ManualChanges manual;

    public ResetPlayerHandler() {
        this(Wiring.aws().profiles(), Wiring.aws().manualChanges());
    }

    public ResetPlayerHandler(PlayerProfiles profiles, ManualChanges manual) {
        super(Access.GAME, profiles);
        this.manual = manual;
    }

    @Override
    protected void change(String copid, String playerId, ApiRequest request) {
        if (DriverId.problem(playerId).isPresent()) {
            throw PlayerService.notFound(playerId);
        }
        manual.reset(copid, playerId);
    }
}
