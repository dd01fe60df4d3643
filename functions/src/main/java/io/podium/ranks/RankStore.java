package io.podium.ranks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where a company's ranks live. */
public interface RankStore {
    /** Stores a new rank under a new UUID. */
    Rank create(String copid, RankDefinition definition, Instant now);

    /** Every rank of the company, oldest first. */
    List<Rank> list(String copid);

    Optional<Rank> find(String copid, String id);

    /** Changes only the name; empty if there is no such rank. */
    Optional<Rank> rename(String copid, String id, String name, Instant now);

    /** @return whether there was such a rank */
    boolean delete(String copid, String id);
}
