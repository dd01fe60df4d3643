package io.podium.jobs;

/** Scheduled daily: automatic finalization per company settings. */
public final class AutoFinalizeJob extends ScheduledJob {
    public AutoFinalizeJob() {
        this(ScheduledJobs.autoFinalize());
    }

    public AutoFinalizeJob(AutoFinalize autoFinalize) {
        super("metrics auto-finalized", autoFinalize::run);
    }
}
