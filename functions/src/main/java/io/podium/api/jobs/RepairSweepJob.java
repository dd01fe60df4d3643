package io.podium.api.jobs;

import io.podium.jobs.RepairSweep;
import io.podium.wiring.Wiring;

/** Scheduled: queues a recompute for every board behind its metric's cut-off. */
public final class RepairSweepJob extends ScheduledJob {
    public RepairSweepJob() {
        this(Wiring.aws().repairSweep());
    }

    public RepairSweepJob(RepairSweep sweep) {
        super("repair sweep, metrics queued", sweep::run);
    }
}
