package io.podium.api.invites;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.ApiResponse;
import io.podium.invites.Admission;
import io.podium.invites.Invite;
import io.podium.invites.JoinRequest;
import io.podium.invites.Listing;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.players.Player;

import java.util.function.Function;

/**
 * The shapes of invitations and join requests, in Playoff's style: an invitation
 * {@code {"email","alias"?,"player_id"?,"created","expires"}} (with its {@code code} when it is made), a request
 * {@code {"id","email","alias","player_id","created"}}, lists {@code {"data","total"}}, and an admission
 * {@code {"player":{"id","alias","enabled","created"},"token"}}.
 */
final class InviteJson {
    private InviteJson() {
    }

    static ObjectNode invite(Invite invite) {
        ObjectNode node = Json.object().put("email", invite.email());
        invite.alias().ifPresent(alias -> node.put("alias", alias));
        invite.playerId().ifPresent(id -> node.put("player_id", id));
        return node.put("created", IsoTime.format(invite.created())).put("expires", IsoTime.format(invite.expires()));
    }

    static ObjectNode request(JoinRequest request) {
        return Json.object().put("id", request.id()).put("email", request.email()).put("alias", request.alias())
                .put("player_id", request.playerId()).put("created", IsoTime.format(request.created()));
    }

    static <T> ObjectNode listing(Listing<T> listing, Function<T, ObjectNode> view) {
        return Json.data(listing.data().stream(), view).put("total", listing.total());
    }

    /** 201 with the player and its driver token, which is shown this once: never stored by a cache either. */
    static APIGatewayProxyResponseEvent admitted(Admission admission) {
        Player player = admission.player();
        ObjectNode body = Json.object();
        body.putObject("player").put("id", player.id()).put("alias", player.alias()).put("enabled", player.enabled())
                .put("created", IsoTime.format(player.created()));
        return secret(ApiResponse.json(201, body.put("token", admission.token())));
    }

    /** An answer carrying a secret (a code, a token) is never cached (RFC 9111 §5.2.2.5). */
    static APIGatewayProxyResponseEvent secret(APIGatewayProxyResponseEvent response) {
        response.getHeaders().put("Cache-Control", "no-store");
        return response;
    }
}
