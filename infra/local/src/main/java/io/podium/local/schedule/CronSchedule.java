package io.podium.local.schedule;

import io.podium.local.template.TemplateException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An EventBridge {@code cron(minutes hours day-of-month month day-of-week year)} expression in UTC, with {@code *},
 * {@code ?}, lists, ranges, steps and month and weekday names; day-of-week runs from 1 (SUN) to 7 (SAT). The
 * {@code L}, {@code W} and {@code #} forms are refused.
 *
 * @param daysOfMonth null when the field is {@code ?}
 * @param daysOfWeek  null when the field is {@code ?}
 */
record CronSchedule(String expression, BitSet minutes, BitSet hours, BitSet daysOfMonth, BitSet months, BitSet daysOfWeek,
                    BitSet years) implements ScheduleExpression {
    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 2199;
    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> WEEKDAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    static CronSchedule parse(String expression) {
        if (!expression.startsWith("cron(") || !expression.endsWith(")")) {
            throw new TemplateException("invalid schedule " + expression);
        }
        String[] fields = expression.substring(5, expression.length() - 1).trim().split("\\s+");
        if (fields.length != 6) {
            throw new TemplateException("invalid schedule " + expression
                    + "; EventBridge cron has six fields: minutes hours day-of-month month day-of-week year");
        }
        boolean anyDayOfMonth = fields[2].equals("?");
        boolean anyDayOfWeek = fields[4].equals("?");
        if (anyDayOfMonth == anyDayOfWeek) {
            throw new TemplateException("invalid schedule " + expression + "; exactly one of day-of-month and day-of-week must be ?");
        }
        try {
            return new CronSchedule(expression,
                    field(fields[0], 0, 59, null),
                    field(fields[1], 0, 23, null),
                    anyDayOfMonth ? null : field(fields[2], 1, 31, null),
                    field(fields[3], 1, 12, MONTHS),
                    anyDayOfWeek ? null : field(fields[4], 1, 7, WEEKDAYS),
                    field(fields[5], FIRST_YEAR, LAST_YEAR, null));
        } catch (IllegalArgumentException e) {
            throw new TemplateException("invalid schedule " + expression + ": " + e.getMessage());
        }
    }

    @Override
    public Optional<Instant> nextAfter(Instant time) {
        LocalDateTime candidate = LocalDateTime.ofInstant(time, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        while (candidate.getYear() <= LAST_YEAR) {
            LocalDate day = candidate.toLocalDate();
            if (!years.get(candidate.getYear())) {
                candidate = LocalDate.of(candidate.getYear() + 1, 1, 1).atStartOfDay();
            } else if (!months.get(candidate.getMonthValue())) {
                candidate = day.withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!dayMatches(day)) {
                candidate = day.plusDays(1).atStartOfDay();
            } else if (!hours.get(candidate.getHour())) {
                candidate = candidate.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(candidate.getMinute())) {
                candidate = candidate.plusMinutes(1);
            } else {
                return Optional.of(candidate.toInstant(ZoneOffset.UTC));
            }
        }
        return Optional.empty();
    }

    private boolean dayMatches(LocalDate day) {
        return daysOfMonth != null
                ? daysOfMonth.get(day.getDayOfMonth())
                : daysOfWeek.get(eventBridgeWeekday(day.getDayOfWeek()));
    }

    /** java.time counts MONDAY=1..SUNDAY=7; EventBridge counts SUN=1..SAT=7. */
    private static int eventBridgeWeekday(DayOfWeek day) {
        return day.getValue() % 7 + 1;
    }

    private static BitSet field(String text, int min, int max, List<String> names) {
        BitSet values = new BitSet();
        for (String part : text.split(",", -1)) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(part.substring(slash + 1), null, 1);
                range = part.substring(0, slash);
            }
            int from;
            int to;
            int dash = range.indexOf('-');
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (dash >= 0) {
                from = number(range.substring(0, dash), names, min);
                to = number(range.substring(dash + 1), names, min);
            } else {
                from = number(range, names, min);
                to = slash >= 0 ? max : from;
            }
            if (from < min || to > max || from > to || step < 1) {
                throw new IllegalArgumentException(part + " is outside " + min + "-" + max);
            }
            for (int value = from; value <= to; value += step) {
                values.set(value);
            }
        }
        return values;
    }

    private static int number(String text, List<String> names, int first) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (names != null && names.contains(upper)) {
            return first + names.indexOf(upper);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            if (upper.matches("\\d*L|\\d*W|LW|.*#.*")) {
                throw new IllegalArgumentException("the L, W and # forms are not supported by the local runtime");
            }
            throw new IllegalArgumentException(text + " is not a number");
        }
    }
}
