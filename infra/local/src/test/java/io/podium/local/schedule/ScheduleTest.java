package io.podium.local.schedule;

import io.podium.local.iam.IamPolicy;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.support.Eventually;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.TemplateException;
import io.podium.local.testfunctions.ScheduleRecorder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {

    private static Instant next(String expression, String after) {
        return ScheduleExpression.parse(expression).nextAfter(Instant.parse(after)).orElseThrow();
    }

    @Test
    void ratesAddTheirPeriod() {
        assertEquals(Instant.parse("2025-01-01T00:01:00Z"), next("rate(1 minute)", "2025-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2025-01-01T00:15:30Z"), next("rate(15 minutes)", "2025-01-01T00:00:30Z"));
        assertEquals(Instant.parse("2025-01-01T02:00:00Z"), next("rate(2 hours)", "2025-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2025-01-02T00:00:00Z"), next("rate(1 day)", "2025-01-01T00:00:00Z"));
        for (String invalid : List.of("rate(1 minutes)", "rate(5 minute)", "rate(0 minutes)", "rate(5 weeks)", "rate(x)")) {
            assertThrows(TemplateException.class, () -> ScheduleExpression.parse(invalid), invalid);
        }
    }

    @Test
    void cronFindsTheNextMatchingMinuteInUtc() {
        assertEquals(Instant.parse("2025-01-01T03:00:00Z"), next("cron(0 3 * * ? *)", "2025-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2025-01-02T03:00:00Z"), next("cron(0 3 * * ? *)", "2025-01-01T03:00:00Z"));
        assertEquals(Instant.parse("2025-01-01T00:15:00Z"), next("cron(0/15 * * * ? *)", "2025-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2025-01-01T10:05:00Z"), next("cron(5,35 10-12 * * ? *)", "2025-01-01T00:00:00Z"));
        // 2025-01-01 is a Wednesday; weekdays count from SUN=1.
        assertEquals(Instant.parse("2025-01-03T08:00:00Z"), next("cron(0 8 ? * FRI *)", "2025-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2025-01-06T08:00:00Z"), next("cron(0 8 ? * 2 *)", "2025-01-01T09:00:00Z"));
        assertEquals(Instant.parse("2025-01-02T08:00:00Z"), next("cron(0 8 ? * MON-FRI *)", "2025-01-01T09:00:00Z"));
        assertEquals(Instant.parse("2025-03-01T00:00:00Z"), next("cron(0 0 1 MAR,JUN ? *)", "2025-01-15T00:00:00Z"));
        assertEquals(Instant.parse("2028-02-29T12:00:00Z"), next("cron(0 12 29 2 ? 2026-2030)", "2025-01-01T00:00:00Z"));
        assertEquals(Optional.empty(), ScheduleExpression.parse("cron(0 0 1 1 ? 2024)").nextAfter(Instant.parse("2025-01-01T00:00:00Z")));
    }

    @Test
    void cronRefusesWhatEventBridgeRefusesAndWhatIsNotSupportedLocally() {
        for (String invalid : List.of("cron(0 3 * * * *)", "cron(0 3 ? * ? *)", "cron(0 3 * *)", "cron(60 3 * * ? *)",
                "cron(0 3 32 * ? *)", "cron(0 3 ? * 8 *)", "cron(0 5-3 * * ? *)")) {
            assertThrows(TemplateException.class, () -> ScheduleExpression.parse(invalid), invalid);
        }
        for (String unsupported : List.of("cron(0 3 L * ? *)", "cron(0 3 15W * ? *)", "cron(0 3 ? * 6#3 *)", "cron(0 3 ? * 6L *)")) {
            TemplateException error = assertThrows(TemplateException.class, () -> ScheduleExpression.parse(unsupported));
            assertTrue(error.getMessage().contains("not supported by the local runtime"), error.getMessage());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRateScheduleFiresScheduledEventsOnTime() throws Exception {
        FunctionSpec spec = new FunctionSpec("Clock", "clock", "arn", ScheduleRecorder.class.getName() + "::handleRequest",
                3, 128, Map.of(), List.of(), new IamPolicy(List.of()));
        String ruleArn = "arn:aws:events:us-east-1:000000000000:rule/fast-" + System.nanoTime();
        ScheduleRunner.Schedule fast = new ScheduleRunner.Schedule("Fast", new LambdaFunction(spec, getClass().getClassLoader()),
                new RateSchedule(Duration.ofMillis(100)), ruleArn, null, true);
        Instant started = Instant.now();
        try (ScheduleRunner runner = new ScheduleRunner(List.of(fast))) {
            runner.start();
            List<Map<String, Object>> events = Eventually.await("two scheduled events", () -> ScheduleRecorder.EVENTS.stream()
                    .filter(event -> List.of(ruleArn).equals(event.get("resources"))).toList(), fired -> fired.size() >= 2);
            Map<String, Object> event = events.get(0);
            assertEquals("Scheduled Event", event.get("detail-type"));
            assertEquals("aws.events", event.get("source"));
            assertEquals("000000000000", event.get("account"));
            assertEquals("us-east-1", event.get("region"));
            assertEquals(Map.of(), event.get("detail"));
            assertTrue(!Instant.parse((String) event.get("time")).isBefore(started.minusSeconds(1)));
        }
    }
}
