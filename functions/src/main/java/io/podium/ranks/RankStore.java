package io.podium.ranks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where a company's ranks live. */
public interface RankStore {
    /**
     * Stores a new rank under a new UUID; empty if it is limited to a team that is gone, or being disbanded, since it
     * was named. A rank of one team is created with the team's count of the ranks that follow it
     * ({@link io.podium.teams.TeamState#followed}), so that the team is followed before the rank is first computed.
     */
    Optional<Rank> create(String copid, RankDefinition definition, Instant now);

    /** Every rank of the company, oldest first. */
    List<Rank> list(String copid);

    Optional<Rank> find(String copid, String id);

    /** Changes only the name; empty if there is no such rank. */
    Optional<Rank> rename(String copid, String id, String name, Instant now);

    /** Deletes the rank (and takes it off its team's count); whether it was there. */
    boolean delete(Rank rank);
}
