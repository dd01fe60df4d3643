package io.podium.api.customboards;

import io.podium.customboards.CustomBoards;
import io.podium.customboards.Registration;
import io.podium.wiring.Wiring;

/**
 * POST /v2/admin/leaderboards/:leaderboard_definition_id/register: the players or teams appear on the custom
 * leaderboard in each scope, at 0 until they have a value.
 */
public final class RegisterOnLeaderboardHandler extends RegistrationHandler {
    public RegisterOnLeaderboardHandler() {
        this(Wiring.aws().customBoards());
    }

    public RegisterOnLeaderboardHandler(CustomBoards boards) {
        super(boards);
    }

    @Override
    protected void change(String copid, String boardId, Registration registration) {
        boards.register(copid, boardId, registration);
    }
}
