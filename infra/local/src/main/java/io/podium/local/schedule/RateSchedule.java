package io.podium.local.schedule;

import io.podium.local.template.TemplateException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code rate(1 minute)}, {@code rate(5 minutes)}, {@code rate(2 hours)}, {@code rate(1 day)}: every period after start. */
record RateSchedule(Duration period) implements ScheduleExpression {
    private static final Pattern SYNTAX = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Map<String, Duration> UNITS = Map.of(
            "minute", Duration.ofMinutes(1), "hour", Duration.ofHours(1), "day", Duration.ofDays(1));

    static RateSchedule parse(String expression) {
        Matcher matcher = SYNTAX.matcher(expression);
        if (!matcher.matches()) {
            throw new TemplateException("invalid schedule " + expression + "; expected rate(N minute|minutes|hour|hours|day|days)");
        }
        long value = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2);
        boolean plural = unit.endsWith("s");
        // EventBridge insists on "1 minute" but "2 minutes"; accepting other forms would hide a deploy failure.
        if (value == 0 || value == 1 && plural || value > 1 && !plural) {
            throw new TemplateException("invalid schedule " + expression
                    + "; EventBridge wants a positive value, singular unit for 1 and plural otherwise");
        }
        return new RateSchedule(UNITS.get(plural ? unit.substring(0, unit.length() - 1) : unit).multipliedBy(value));
    }

    @Override
    public Optional<Instant> nextAfter(Instant time) {
        return Optional.of(time.plus(period));
    }
}
