package io.podium.processes;

import java.util.List;

/** One page of a company's processes, and how many it has in all. */
public record ProcessPage(List<ProcessInstance> processes, long total) {
    public ProcessPage {
        processes = List.copyOf(processes);
    }
}
