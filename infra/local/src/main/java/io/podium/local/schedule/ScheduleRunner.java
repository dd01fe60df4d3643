package io.podium.local.schedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.local.lambda.FunctionFailure;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.support.LocalJson;
import io.podium.local.support.NamedThreads;
import io.podium.local.template.EventSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.TemplateException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Fires the Schedule events of the template on time, as EventBridge rules invoking their functions asynchronously. */
public final class ScheduleRunner implements AutoCloseable {
    /** Invocations run apart from the timer, so a slow function does not delay the other schedules. */
    private static final int INVOCATION_THREADS = 2;

    /**
     * @param input the event to send instead of the Scheduled Event, as the rule's Input replaces it; null for none
     */
    public record Schedule(String id, LambdaFunction function, ScheduleExpression expression, String ruleArn, String input,
                           boolean enabled) {

        public static Schedule of(EventSpec event, LambdaFunction function, Intrinsics intrinsics) {
            String expression = intrinsics.text(event.property("Schedule"), event.where("Schedule"));
            if (expression == null) {
                throw new TemplateException(event.where("Schedule") + " is missing");
            }
            String name = intrinsics.text(event.property("Name"), event.where("Name"));
            String state = intrinsics.text(event.property("State"), event.where("State"));
            boolean enabled = intrinsics.bool(event.property("Enabled"), true, event.where("Enabled"))
                    && !"DISABLED".equals(state);
            String ruleName = name != null ? name : Intrinsics.STACK_NAME + "-" + event.functionLogicalId() + event.id();
            return new Schedule(event.id(), function, ScheduleExpression.parse(expression),
                    "arn:aws:events:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":rule/" + ruleName,
                    intrinsics.text(event.property("Input"), event.where("Input")), enabled);
        }
    }

    private final List<Schedule> schedules;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(new NamedThreads("schedule-timer"));
    private final ExecutorService invocations = Executors.newFixedThreadPool(INVOCATION_THREADS, new NamedThreads("schedule"));

    public ScheduleRunner(List<Schedule> schedules) {
        this.schedules = List.copyOf(schedules);
    }

    public void start() {
        Instant now = Instant.now();
        schedules.stream().filter(Schedule::enabled).forEach(schedule -> scheduleAfter(schedule, now));
    }

    /** Fires every schedule event with this id now, enabled or not; false if the template has none. */
    public boolean fire(String id) {
        List<Schedule> matching = schedules.stream().filter(schedule -> schedule.id().equals(id)).toList();
        matching.forEach(schedule -> invoke(schedule, Instant.now()));
        return !matching.isEmpty();
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        invocations.shutdown();
        invocations.awaitTermination(5, TimeUnit.SECONDS);
    }

    static byte[] event(Schedule schedule, Instant time) {
        if (schedule.input() != null) {
            return schedule.input().getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode event = LocalJson.object();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", Intrinsics.ACCOUNT_ID);
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", Intrinsics.REGION);
        event.putArray("resources").add(schedule.ruleArn());
        event.putObject("detail");
        return LocalJson.bytes(event);
    }

    private void scheduleAfter(Schedule schedule, Instant after) {
        schedule.expression().nextAfter(after).ifPresent(next -> {
            long delay = Math.max(0, Duration.between(Instant.now(), next).toMillis());
            try {
                timer.schedule(() -> {
                    invoke(schedule, next);
                    scheduleAfter(schedule, next);
                }, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // The runner is closing; nothing more fires.
            }
        });
    }

    private void invoke(Schedule schedule, Instant time) {
        try {
            invocations.execute(() -> {
                try {
                    schedule.function().invoke(event(schedule, time));
                } catch (FunctionFailure logged) {
                    // LambdaFunction has logged it; an asynchronous invocation has no caller to tell.
                }
            });
        } catch (RejectedExecutionException stopping) {
            // The runner is closing; nothing more fires.
        }
    }
}
