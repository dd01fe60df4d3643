package io.podium.teams;

import java.util.List;
import java.util.Optional;

/** Where a company's team definitions live. */
public interface TeamDefinitionStore {
    /** Stores the definition, replacing one of the same id; true when there was none. */
    boolean put(String copid, TeamDefinition definition);

    Optional<TeamDefinition> find(String copid, String id);

    /** Every definition of the company, by id. */
    List<TeamDefinition> list(String copid);
}
