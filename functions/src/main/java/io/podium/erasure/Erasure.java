package io.podium.erasure;

import io.podium.leaderboards.BoardsTouched;
import io.podium.badges.Badge;
import io.podium.badges.BadgeStore;
import io.podium.engagement.Ledger;
import io.podium.gamemetrics.PointDays;
import io.podium.ids.DriverId;
import io.podium.invites.InviteStore;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.players.PendingErasure;
import io.podium.players.Player;
import io.podium.players.PlayerService;
import io.podium.players.PlayerStore;
import io.podium.processes.ProcessService;
import io.podium.recompute.EnqueueFailedException;
import io.podium.recompute.Reevaluation;
import io.podium.scores.CorrectionStore;
import io.podium.scores.ScoreStore;
import io.podium.stream.StreamStore;
import io.podium.teams.TeamService;
import io.podium.tokens.TokenService;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A player's erasure, Playoff's "a player and all his game information": their tokens, team memberships, performances in processes, scores on
 * every day (finalized ones too) and what the record of corrections says of them, awards and level, the events about
 * them and the high-fives given to those and by them, their name among a campaign's winners, the invitations and join
 * requests that name them, and then the player. The
 * boards are recomputed without them, so ranks close up.
 *
 * <p>The first step puts the player in the erasing state, in which no route shows them and no board counts them; the
 * last removes the player. Every step between is idempotent, so a retry of the call, or the repair sweep for an
 * erasure whose function died, runs them all again and finishes. Each step reads what the driver owns, not what the
 * company owns.
 */
public final class Erasure {
    /** An erasure begun this long ago and not finished is taken to have died: one begun since may still be running. */
    static final Duration GRACE = Duration.ofMinutes(5);

    private final PlayerStore players;
    private final TeamService teams;
    private final ProcessService processes;
    private final TokenService tokens;
    private final MetricStore metrics;
    private final ScoreStore scores;
    private final CorrectionStore corrections;
    private final BadgeStore badges;
    private final Ledger ledger;
    private final StreamStore stream;
    private final InviteStore invites;
    private final PointDays pointDays;
    private final Reevaluation reevaluation;
    private final BoardsTouched boards;
    private final Clock clock;

    /** What an erasure removes, and where. */
    public record Stores(PlayerStore players, TeamService teams, ProcessService processes, TokenService tokens,
                         MetricStore metrics, ScoreStore scores, CorrectionStore corrections, BadgeStore badges,
                         Ledger ledger, StreamStore stream, InviteStore invites, PointDays pointDays) {
    }

    public Erasure(Stores stores, Reevaluation reevaluation, BoardsTouched boards, Clock clock) {
        this.players = stores.players();
        this.teams = stores.teams();
        this.processes = stores.processes();
        this.tokens = stores.tokens();
        this.metrics = stores.metrics();
        this.scores = stores.scores();
        this.corrections = stores.corrections();
        this.badges = stores.badges();
        this.ledger = stores.ledger();
        this.stream = stores.stream();
        this.invites = stores.invites();
        this.pointDays = stores.pointDays();
        this.reevaluation = reevaluation;
        this.boards = boards;
        this.clock = clock;
    }

    /**
     * Erases the player, or finishes erasing them.
     *
     * @throws io.podium.errors.NotFound 404 player_not_found when there is no such player
     * @throws EnqueueFailedException when the boards' recompute could not be queued: the player
     *         stays erasing, and a retry finishes
     */
    public void erase(String copid, String id) {
        Optional<Player> player = DriverId.problem(id).isPresent() ? Optional.empty()
                : players.beginErasure(copid, id, clock.instant());
        finish(copid, player.orElseThrow(() -> PlayerService.notFound(id)));
    }

    /** Finishes the erasures that died on the way; answers how many. */
    public int resume() {
        int resumed = 0;
        for (PendingErasure pending : players.pendingErasures()) {
            if (pending.since().isBefore(clock.instant().minus(GRACE))) {
                // The player is there until the last step, which takes the pending record with it.
                players.beginErasure(pending.copid(), pending.id(), clock.instant()).ifPresentOrElse(
                        player -> finish(pending.copid(), player),
                        () -> players.finishErasure(pending.copid(), pending.id(), clock.instant()));
                resumed++;
            }
        }
        return resumed;
    }

    private void finish(String copid, Player player) {
        String id = player.id();
        tokens.eraseDriver(copid, id);
        teams.leaveEveryTeam(copid, id);
        processes.leaveEveryProcess(copid, id);
        List<Metric> known = metrics.list(copid);
        LocalDate today = LocalDate.now(clock);
        known.forEach(metric -> scores.erase(copid, metric.name(), id, metric.daysThatMayHaveScores(today)));
        // What the player earned day by day, on each day (UTC) since they were made: none is older.
        LocalDate created = LocalDate.ofInstant(player.created(), ZoneOffset.UTC);
        LocalDate lastDay = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        pointDays.erase(copid, id, created.isAfter(lastDay) ? List.of() : created.datesUntil(lastDay.plusDays(1)).toList());
        corrections.eraseDriver(copid, id);
        ledger.erase(copid, id, badges.list(copid).stream().map(Badge::id).toList());
        stream.eraseDriver(copid, id);
        invites.forgetPlayer(copid, id);
        try {
            reevaluation.of(copid, known.stream().map(Metric::name).toList(), "Player '" + id + "'", "erasure");
        } catch (EnqueueFailedException notQueued) {
            throw new EnqueueFailedException("Player '" + id + "' is being erased, but the recompute of the boards could"
                    + " not be queued: repeat the call to finish the erasure.");
        }
        players.finishErasure(copid, id, clock.instant());
        boards.touched(copid);
    }
}
