package io.podium.api.customboards;

import io.podium.customboards.CustomBoards;
import io.podium.customboards.Registration;
import io.podium.wiring.Wiring;

/** POST /v2/admin/leaderboards/:leaderboard_definition_id/deregister: the players or teams leave each scope. */
public final class DeregisterFromLeaderboardHandler extends RegistrationHandler {
    public DeregisterFromLeaderboardHandler() {
        this(Wiring.aws().customBoards());
    }

    public DeregisterFromLeaderboardHandler(CustomBoards boards) {
        super(boards);
    }

    @Override
    protected void change(String copid, String boardId, Registration registration) {
        boards.deregister(copid, boardId, registration);
    }
}
