package io.podium.api.jobs;

import io.podium.wiring.Wiring;
import io.podium.jobs.RepairSweep;

/** Scheduled: queues a recompute for every board behind its metric's cut-off. */
public final class RepairSweepJob extends ScheduledJob {
    public RepairSweepJob() {
        this(Wiring.aws().repairSweep());
    }

    public RepairSweepJob(RepairSweep sweep) {
        super("repair sweep, metrics queued", sweep::run);
    }
}
