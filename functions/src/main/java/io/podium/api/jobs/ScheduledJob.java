package io.podium.api.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;
import java.util.function.IntSupplier;

/**
 * A function run by an EventBridge schedule. The event's content does not matter (and its typed form
 * would pull in Joda time), so it is taken as a plain map; the answer says how much the run did. Public,
 * because the Lambda runtime invokes the handler method through this class.
 */
public abstract class ScheduledJob implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final String name;
    private final IntSupplier job;

    ScheduledJob(String name, IntSupplier job) {
        this.name = name;
        this.job = job;
    }

    @Override
    public final Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        int count = job.getAsInt();
        if (context != null) {
            context.getLogger().log(name + ": " + count);
        }
        return Map.of("job", name, "count", count);
    }
}
