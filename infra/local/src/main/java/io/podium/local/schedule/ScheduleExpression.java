package io.podium.local.schedule;

import io.podium.local.template.TemplateException;

import java.time.Instant;
import java.util.Optional;

/** An EventBridge schedule expression, {@code rate(...)} or {@code cron(...)}, in UTC. */
public sealed interface ScheduleExpression permits RateSchedule, CronSchedule {

    /** The first time after the given one at which the schedule fires, if it ever fires again. */
    Optional<Instant> nextAfter(Instant time);

    static ScheduleExpression parse(String expression) {
        if (expression.startsWith("rate(")) {
            return RateSchedule.parse(expression);
        }
        if (expression.startsWith("cron(")) {
            return CronSchedule.parse(expression);
        }
        throw new TemplateException("schedule " + expression + " is neither rate(...) nor cron(...)");
    }
}
