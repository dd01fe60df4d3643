package io.podium.ranks;

import io.podium.recompute.Reevaluation;
import io.podium.teams.TeamFollowers;

import java.util.List;
import java.util.stream.Stream;

/**
 * Ranks limited to one team rank its members as they are: a change of them queues the recompute of those ranks'
 * metrics, which rebuilds their boards for the new members (their stamp names the members).
 */
public final class TeamRanks implements TeamFollowers {
    private final RankStore ranks;
    private final Reevaluation reevaluation;

    public TeamRanks(RankStore ranks, Reevaluation reevaluation) {
        this.ranks = ranks;
        this.reevaluation = reevaluation;
    }

    /** @throws io.podium.recompute.EnqueueFailedException if a rank of the team could not have its recompute queued */
    @Override
    public void membersChanged(String copid, String teamId) {
        List<String> metrics = ranks.list(copid).stream()
                .map(Rank::definition)
                .filter(definition -> definition.team().filter(team -> team.teamId().equals(teamId)).isPresent())
                .flatMap(definition -> Stream.concat(Stream.of(definition.metric()), definition.denominatorMetric().stream()))
                .distinct().toList();
        if (!metrics.isEmpty()) {
            reevaluation.of(copid, metrics, "The change of team '" + teamId + "'", "team:" + teamId);
        }
    }
}
