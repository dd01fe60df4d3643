package io.podium.e2e;

import io.podium.e2e.SeededRandom.Generator;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Values that make a field of a given kind invalid: each method gives the generator of one way to break it. */
final class FieldBreakers {
    private static final List<String> HUGE_NUMBER_LITERALS = List.of("2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e400", "-1e400", "1E400", "1e-400", "1.5",
            "-0.0", "0.0", "1e2", "1E+2", "1.0", "0.1e1", "NaN", "-NaN", "Infinity", "-Infinity", "+1", "01", "-", ".5", "1.",
            "0x1F", "1_000", "\"NaN\"", "\"Infinity\"", "\"1e400\"", "\"9223372036854775808\"");
    private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u001b",
            "\u001f", "\u007f", "\u0085", "\u009f");
    private static final List<String> UNICODE = List.of("😀", "👍🏽", "\u202Eabc", "\u200F", "עברית", "مرحبا", "e\u0301",
            "\u0301", "\uFEFF", "\u200B", "２０２６", "é", "ß", "İ", " ", "/", "..", "%00", "\\", "\"", "'", "<b>", "${x}",
            "\ud800", "\udfff", "\ud83d", "\u2028", "\uFFFF", "\uFFFD");
    private static final List<String> LONG_STRING_UNITS = List.of("a", "é", "😀", "\u0000", "ab-", "1");

    private FieldBreakers() {
    }

    /** A JSON value of the wrong type for the kind (null too, where the field is required). */
    static Generator<String> wrongTypes(FieldKind kind) {
        List<String> values = new ArrayList<>(switch (kind) {
            case SCORES -> List.of("{}", "\"x\"", "1", "true", "[]", "[1]", "[null]", "[\"d1\"]", "[[]]",
                    "{\"userxtid\":\"d1\",\"score\":1}");
            case SCOPES -> List.of("{}", "\"read\"", "1", "true", "[]", "[1]", "[null]", "[[\"read\"]]", "[{\"read\":true}]");
            case INT32, DAYS, POINTS, MIN_VOLUME, THRESHOLD, STREAK_DAYS ->
                    List.of("\"1\"", "\"NaN\"", "\"\"", "true", "false", "{}", "[]", "[1]", "{\"value\":1}");
            case BOOL -> List.of("1", "0", "\"true\"", "\"false\"", "\"\"", "{}", "[]", "[true]", "{\"value\":true}");
            default -> List.of("1", "0", "-1", "1.5", "true", "false", "{}", "{\"a\":\"b\"}", "[]", "[\"x\"]", "[null]");
        });
        if (!kind.optional()) {
            values.add("null");
        }
        if (kind == FieldKind.SCOPES) {
            values.add("null");
            values.add("[\"read\",\"admin\"]");
        }
        return random -> random.of(values);
    }

    /** Numbers out of every range, not integers, not JSON numbers at all, or numbers as text. */
    static String hugeNumberLiteral(SeededRandom random) {
        return random.oneOf(
                r -> r.of(HUGE_NUMBER_LITERALS),
                r -> "9" + r.string('0', '9', 10, 3000),
                r -> "-9" + r.string('0', '9', 10, 3000),
                r -> r.between(BigInteger.TWO.pow(31), BigInteger.TWO.pow(200)).toString(),
                r -> {
                    double d = r.anyDouble();
                    return d == Math.rint(d) ? d + ".5" : Double.toString(d);
                });
    }

    /** A number the kind does not accept. */
    static Generator<String> hugeNumbers(FieldKind kind) {
        // Where text or an array is due, any number is a wrong type (but "NaN" would be a valid metric name).
        Generator<String> literals = kind.isText() || kind == FieldKind.SCORES || kind == FieldKind.SCOPES
                ? random -> random.filtered(FieldBreakers::hugeNumberLiteral, n -> !n.startsWith("\""))
                : FieldBreakers::hugeNumberLiteral;
        // A wide integer field accepts some of them (a threshold of 2^31): those are no break.
        long[] range = kind.integerRange();
        return range == null ? literals
                : random -> random.filtered(literals, n -> !SettingsOracle.integerWithin(n, range[0], range[1]));
    }

    /** A string from just over the kind's limit up to about 300 KB; for non-text kinds, a long string of digits. */
    static Generator<String> longStrings(FieldKind kind) {
        if (!kind.isText()) {
            return random -> quote("9".repeat(random.between(1, 300_000)));
        }
        int tooLong = kind.tooLong();
        Generator<String> unbounded = random -> {
            int length = random.oneOf(r -> r.between(tooLong, tooLong + 10), r -> r.between(tooLong, 20_000),
                    r -> r.between(tooLong, 100_000));
            String unit = random.of(LONG_STRING_UNITS);
            // At most about 300 KB of body, whatever the unit's encoded size.
            return quote(unit.repeat(Math.min(length, 300_000 / (quote(unit).getBytes(StandardCharsets.UTF_8).length - 2))));
        };
        return random -> random.filtered(unbounded, q -> q.codePointCount(0, q.length()) - 2 >= tooLong);
    }

    /** Control characters and unicode where the kind's rules forbid them. */
    static Generator<String> controlAndUnicode(FieldKind kind) {
        // Raw control characters inside a string literal are never JSON; escaped ones break the ruled fields.
        Generator<String> raw = random -> {
            char control = random.charIn('\u0000', '\u001f');
            String around = random.alpha(5);
            return "\"" + around + control + around + "\"";
        };
        boolean label = kind == FieldKind.NAME || kind == FieldKind.OPTIONAL_NAME || kind == FieldKind.REASON;
        if (label || kind == FieldKind.DESCRIPTION_2000 || kind == FieldKind.DESCRIPTION_256 || !kind.isText()) {
            return label ? random -> random.oneOf(raw, r -> "\"\"") : raw;
        }
        Generator<String> bad = kind == FieldKind.USERXTID
                ? random -> random.of(CONTROLS)
                : random -> random.oneOf(r -> r.of(CONTROLS), r -> r.of(UNICODE));
        return random -> {
            String before = random.string('a', 'z', 0, 6);
            String breaking = bad.next(random);
            String after = random.string('a', 'z', 0, 6);
            return quote(before + breaking + after);
        };
    }

    static String nested(int depth, boolean arrays) {
        StringBuilder out = new StringBuilder(depth * 8);
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "[" : "{\"a\":");
        }
        out.append('1');
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? ']' : '}');
        }
        return out.toString();
    }

    /**
     * A JSON string literal: quotes, backslashes and control characters escaped (as \\uXXXX), lone surrogates too
     * (UTF-8 cannot carry them raw); everything else, emoji included, as it is.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || Character.getType(cp) == Character.SURROGATE) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
