package io.podium.jobs;

/** Scheduled: queues a recompute for every board behind its metric's cut-off. */
public final class RepairSweepJob extends ScheduledJob {
    public RepairSweepJob() {
        this(ScheduledJobs.repairSweep());
    }

    public RepairSweepJob(RepairSweep sweep) {
        super("repair sweep, metrics queued", sweep::run);
    }
}
