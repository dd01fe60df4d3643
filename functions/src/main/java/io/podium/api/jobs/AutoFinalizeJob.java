package io.podium.api.jobs;

import io.podium.jobs.AutoFinalize;
import io.podium.wiring.Wiring;

/** Scheduled daily: automatic finalization per company settings. */
public final class AutoFinalizeJob extends ScheduledJob {
    public AutoFinalizeJob() {
        this(Wiring.aws().autoFinalize());
    }

    public AutoFinalizeJob(AutoFinalize autoFinalize) {
        super("metrics auto-finalized", autoFinalize::run);
    }
}
