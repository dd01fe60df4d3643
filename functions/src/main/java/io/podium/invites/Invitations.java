package io.podium.invites;

import io.podium.auth.Scope;
import io.podium.errors.Conflict;
import io.podium.errors.Gone;
import io.podium.errors.NotFound;
import io.podium.errors.Unavailable;
import io.podium.players.Player;
import io.podium.players.PlayerService;
import io.podium.players.Profile;
import io.podium.settings.CompanySettings;
import io.podium.settings.SettingsStore;
import io.podium.tokens.IssuedToken;
import io.podium.tokens.TokenSecrets;
import io.podium.tokens.TokenService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Playoff's game invitations and join requests. An admin invites an address and hands its one-time code to the
 * invitee (Podium sends no email); whoever holds the code accepts it, which makes a join request, or, when the
 * company's {@code invitesNeedApproval} setting is off, the player at once. Approving a request makes the player and
 * their driver token, shown that once. Every step that uses something up is one conditional write: a code accepted
 * twice at once makes one request, a request approved twice at once one player and one token.
 */
public final class Invitations {
    /** How long an invitation's code can be accepted. */
    public static final Duration LIFETIME = Duration.ofDays(7);
    /** Writes an invitation tries while another invitation of the same address is being written. */
    private static final int ATTEMPTS = 8;
    private static final Pattern REQUEST_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final InviteStore store;
    private final PlayerService players;
    private final SettingsStore settings;
    private final TokenService tokens;
    private final Clock clock;

    public Invitations(InviteStore store, PlayerService players, SettingsStore settings, TokenService tokens, Clock clock) {
        this.store = store;
        this.players = players;
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Invites the address: a fresh code, valid for {@link #LIFETIME}. A second invitation of an address replaces the
     * first, whose code then names nothing.
     *
     * @throws Conflict 409 player_exists when the invitation names the id of a player the game has
     */
    public IssuedInvite invite(String copid, NewInvite request) {
        request.playerId().ifPresent(id -> players.requireAvailable(copid, id));
        for (int attempt = 1; ; attempt++) {
            Optional<Invite> replacing = store.find(copid, request.email());
            String code = InviteCodes.newCode();
            String hash = TokenSecrets.hash(code);
            Instant now = clock.instant();
            Invite invite = new Invite(copid, request.email(), request.alias(), request.playerId(), TokenSecrets.idOf(hash),
                    hash, now, now.plus(LIFETIME));
            if (store.put(invite, replacing)) {
                return new IssuedInvite(invite, code);
            }
            if (attempt == ATTEMPTS) {
                throw new Unavailable("busy", "The invitation of this address is being changed by another call; retry.");
            }
        }
    }

    /** The invitations that can still be accepted, by address. */
    public Listing<Invite> invites(String copid, int skip, int limit) {
        Instant now = clock.instant();
        return Listing.page(store.invites(copid).stream().filter(invite -> !invite.isExpiredAt(now)).toList(), skip, limit);
    }

    /** @throws NotFound 404 invite_not_found when the address has no invitation */
    public void cancel(String copid, String email) {
        if (!store.cancel(copid, email)) {
            throw new NotFound("invite_not_found", "No invitation was sent to that address.");
        }
    }

    /**
     * The public step: whoever holds the code accepts it. The code is never echoed: an answer about it names none.
     *
     * @throws NotFound 404 invite_not_found for a code that names no invitation (never issued, used, cancelled or
     *         replaced)
     * @throws Gone 410 invite_expired for a code past its lifetime, even before the table's TTL deletes it
     * @throws Conflict 409 player_exists when the player is made at once and the invitation's id was taken since
     */
    public Acceptance accept(String code) {
        Invite invite = invitationOf(code);
        if (invite.isExpiredAt(clock.instant())) {
            throw new Gone("invite_expired", "This invitation has expired; ask for a new one.");
        }
        String copid = invite.copid();
        String playerId = invite.playerId().orElseGet(Invitations::freshPlayerId);
        String alias = invite.alias().orElseGet(() -> invite.email().substring(0, invite.email().indexOf('@')));
        boolean needApproval = settings.find(copid).map(CompanySettings::invitesNeedApproval).orElse(true);
        if (needApproval) {
            JoinRequest request = new JoinRequest(UUID.randomUUID().toString(), invite.email(), alias, playerId,
                    clock.instant());
            if (!store.request(invite, request)) {
                throw inviteNotFound();
            }
            return new Acceptance.Requested(request);
        }
        Player player = newPlayer(playerId, alias);
        IssuedToken token = driverToken(copid, player);
        if (store.admit(invite, player, token.token())) {
            return new Acceptance.Admitted(new Admission(player, token.secret()));
        }
        if (store.byCode(invite.codeId()).isEmpty()) {
            throw inviteNotFound();
        }
        throw PlayerService.exists(playerId);
    }

    /** The pending join requests, oldest first. */
    public Listing<JoinRequest> requests(String copid, int skip, int limit) {
        List<JoinRequest> all = store.requests(copid).stream()
                .sorted(Comparator.comparing(JoinRequest::created).thenComparing(JoinRequest::id)).toList();
        return Listing.page(all, skip, limit);
    }

    /**
     * Makes the request's player, with a driver token; the request goes. Of two approvals at once one makes the player
     * and its token, and the other finds no request.
     *
     * @throws NotFound 404 request_not_found when there is no such request (approved or rejected already)
     * @throws Conflict 409 player_exists when the request's player id was taken since (the request stays, to reject)
     */
    public Admission approve(String copid, String requestId) {
        JoinRequest request = findRequest(copid, requestId);
        Player player = newPlayer(request.playerId(), request.alias());
        IssuedToken token = driverToken(copid, player);
        if (store.admit(request, copid, player, token.token())) {
            return new Admission(player, token.secret());
        }
        findRequest(copid, requestId);
        throw PlayerService.exists(request.playerId());
    }

    /** @throws NotFound 404 request_not_found when there is no such request */
    public void reject(String copid, String requestId) {
        if (!REQUEST_ID.matcher(requestId).matches() || !store.reject(copid, requestId)) {
            throw requestNotFound();
        }
    }

    private JoinRequest findRequest(String copid, String requestId) {
        return Optional.of(requestId).filter(id -> REQUEST_ID.matcher(id).matches())
                .flatMap(id -> store.findRequest(copid, id)).orElseThrow(Invitations::requestNotFound);
    }

    private Invite invitationOf(String code) {
        if (!InviteCodes.isWellFormed(code)) {
            throw inviteNotFound();
        }
        String hash = TokenSecrets.hash(code);
        return store.byCode(TokenSecrets.idOf(hash)).filter(invite -> TokenSecrets.sameHash(invite.codeHash(), hash))
                .orElseThrow(Invitations::inviteNotFound);
    }

    private Player newPlayer(String id, String alias) {
        return new Player(id, alias, true, Profile.EMPTY, clock.instant());
    }

    private IssuedToken driverToken(String copid, Player player) {
        return tokens.mint(Optional.of(copid), Set.of(Scope.DRIVER), Optional.of(player.id()), "Invitation of " + player.id());
    }

    /** An id for a player whose invitation named none: Playoff's rule for a new id, 64 random bits. */
    private static String freshPlayerId() {
        return "player_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static NotFound inviteNotFound() {
        return new NotFound("invite_not_found", "No invitation has this code: it was used, cancelled or replaced, or never issued.");
    }

    private static NotFound requestNotFound() {
        return new NotFound("request_not_found", "No pending join request has that id.");
    }

}
