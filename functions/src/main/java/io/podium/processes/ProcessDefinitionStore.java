package io.podium.processes;

import java.util.List;
import java.util.Optional;

/** Where a company's process definitions live. */
public interface ProcessDefinitionStore {
    /** Stores the definition, replacing one of the same id; true when there was none. */
    boolean put(String copid, ProcessDefinition definition);

    Optional<ProcessDefinition> find(String copid, String id);

    /** Every definition of the company, by id. */
    List<ProcessDefinition> list(String copid);
}
