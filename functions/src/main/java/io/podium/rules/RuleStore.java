package io.podium.rules;

import java.util.List;
import java.util.Optional;

/** Where a game's custom rules live. */
public interface RuleStore {
    /** Stores the rule, replacing one of its id; true if it is new. */
    boolean put(String copid, RuleDefinition rule);

    Optional<RuleDefinition> find(String copid, String id);

    /** Every rule of the game, by id. */
    List<RuleDefinition> list(String copid);
}
