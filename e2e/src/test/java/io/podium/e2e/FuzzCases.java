package io.podium.e2e;

import io.podium.e2e.BodyTemplate.Slot;
import io.podium.e2e.SeededRandom.Generator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The requests of FuzzIT's properties, one generator each: a body, a Content-Type and a query string per case. */
final class FuzzCases {
    private static final List<String> CONTENT_TYPES = Arrays.asList("application/json", "application/json; charset=utf-8",
            "application/json; charset=latin1", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/xml", "application/octet-stream", "*/*", "", "garbage",
            "application/json" + ";x=y".repeat(200), null);
    private static final List<String> QUERIES = List.of("", "&", "=", "a", "a=1&a=2", "copid=other", "metric=eco&date=2026-03-01",
            "limit=-1", "cursor=%25%25", "x=%00", "x=%25ZZ", "%2F=%2F", "x=%F0%9F%98%80", "x=%D7%A2%D7%91",
            "a%5B%5D=1&a%5Bb%5D=2", "x=" + "y".repeat(4000), "dryRun=true", "+=+", ";;;", "x=1;y=2");
    private static final List<String> SHORT_BODIES = List.of("", " ", "null", "true", "0", "\"\"", "[]", "{}", "[{}]",
            "{\"\":null}", "\uFEFF{}", "{}{}", "{\"autoFinalizeAfterDays\":null}");
    private static final List<String> SETTINGS_NUMBERS = List.of("0", "-0", "365", "366", "-1", "0.0", "-0.0", "1e2", "1E+2",
            "3.0", "2147483648", "-2147483649", "4294967296", "9223372036854775808", "18446744073709551616", "1e400", "-1e400",
            "1e-400", "null");
    private static final List<String> ODD_COPIDS = List.of("@SELF%2Fx", "@UPPER", "%2e%2e", "..", ".", "@SELF%00", "@SELF%20",
            "other-company", "%F0%9F%98%80", "%D7%A2%D7%91%D7%A8%D7%99%D7%AA", "e%CC%81", "a".repeat(3000), "%2F", "@SELF;x=1");
    // No path that only adds a trailing slash to a route: API Gateway routes "/x/" to the resource "/x".
    private static final List<String> ODD_SUFFIXES = List.of("//scores", "/./scores", "/x/../scores", "/scores%2Ffinalize",
            "/Scores", "/scores;x=1", "/campaigns//", "/Campaigns", "/settings/x", "/campaigns/%2e%2e", "/campaigns/.",
            "/campaigns/" + FuzzRoute.CAMPAIGN + "%2Fx", "/campaigns/" + "a".repeat(3000), "/campaigns/%F0%9F%98%80",
            "/campaigns/e%CC%81", "/campaigns/%00", "/campaigns/fz%20camp", "/campaigns/FZ-CAMP", "/campaigns/not-there",
            "/campaigns/-x", "/campaigns/" + FuzzRoute.CAMPAIGN + "/x", "/campaigns/%D7%90",
            "/Badges", "/badges/0", "/badges/01", "/badges/-1", "/badges/1.0", "/badges/99999", "/badges/" + "9".repeat(13),
            "/badges/@BADGE%2Fx", "/badges/@BADGE/x", "/Ranks", "/ranks/not-a-rank",
            "/ranks/00000000-0000-0000-0000-000000000000", "/ranks/" + "a".repeat(3000), "/ranks/@RANK%2Fx",
            "/ranks/@RANK/scores", "/stream/0/high-five", "/stream/99999/high-five", "/stream/x/high-five",
            "/stream/@EVENT/High-five", "/stream/@EVENT%2Fhigh-five", "/stream/@EVENT/high-five/users",
            "/stream/" + "9".repeat(3000) + "/high-five", "/stream/high-five");
    private static final List<String> ODD_ADMIN_PATHS = List.of("/v3/igr/admin//tokens", "/v3/igr/admin/./tokens",
            "/v3/igr/admin/Tokens", "/v3/igr/admin/tokens%2F", "/v3/igr/admin/tokens/x", "/v3/igr/gamification/@SELF/admin/tokens",
            "/v3/igr/admin/tokens;x=1", "/v3//igr/admin/tokens");
    private static final List<FuzzRoute> COMPANY_ROUTES = Arrays.stream(FuzzRoute.values())
            .filter(route -> route != FuzzRoute.TOKENS && !route.playoff()).toList();

    private FuzzCases() {
    }

    /** Random bytes, random unicode strings, JSON-like character soup and short bodies, to any route. */
    static FuzzCase arbitrary(SeededRandom random) {
        FuzzRoute route = random.of(FuzzRoute.values());
        byte[] body = random.oneOf(
                r -> r.bytes(2000),
                r -> utf8(r.string('\u0000', '\uffff', 0, 500)),
                r -> utf8(r.string("{}[]\",:0123456789.eE+- \\ntrufalsu\u0000\t", 200)),
                r -> utf8(r.of(SHORT_BODIES)));
        return new FuzzCase(route, null, body, contentType(random), query(random), "arbitrary");
    }

    static FuzzCase wrongType(SeededRandom random) {
        return mutation(random, "wrong type", FieldBreakers::wrongTypes);
    }

    static FuzzCase hugeNumber(SeededRandom random) {
        return mutation(random, "huge number", FieldBreakers::hugeNumbers);
    }

    static FuzzCase longString(SeededRandom random) {
        return mutation(random, "long string", FieldBreakers::longStrings);
    }

    static FuzzCase controlAndUnicode(SeededRandom random) {
        return mutation(random, "control/unicode", FieldBreakers::controlAndUnicode);
    }

    /** Any number for autoFinalizeAfterDays: small integers, the edges of its range and of every integer type. */
    static String settingsNumber(SeededRandom random) {
        return random.oneOf(
                r -> Integer.toString(r.between(-1000, 1000)),
                r -> r.of(SETTINGS_NUMBERS),
                FieldBreakers::hugeNumberLiteral);
    }

    /** Duplicate keys, deep nesting and broken JSON syntax. */
    static FuzzCase structure(SeededRandom random) {
        return random.oneOf(FuzzCases::duplicateKey, FuzzCases::deepNesting, FuzzCases::brokenJson);
    }

    /** Valid bodies on odd paths: two times in three under a company's path, else the admin's. */
    static FuzzCase oddPath(SeededRandom random) {
        return random.oneOf(FuzzCases::oddCompanyPath, FuzzCases::oddCompanyPath, FuzzCases::oddAdminPath);
    }

    private static FuzzCase duplicateKey(SeededRandom random) {
        FuzzRoute route = random.of(FuzzRoute.values());
        BodyTemplate body = route.body();
        Slot slot = body.slots().get(random.between(0, 99) % body.slots().size());
        String other = random.bool() ? slot.valid() : "\"other\"";
        String rendered = body.render(Map.of(slot.key(), slot.valid() + ",\"" + slot.key() + "\":" + other));
        return new FuzzCase(route, null, utf8(rendered), contentType(random), query(random), "duplicate " + slot.key());
    }

    private static FuzzCase deepNesting(SeededRandom random) {
        FuzzRoute route = random.of(FuzzRoute.values());
        int depth = random.between(65, 10_000);
        int pick = random.between(0, 99);
        int where = random.between(0, 3);
        BodyTemplate body = route.body();
        Slot slot = body.slots().get(pick % body.slots().size());
        String nested = FieldBreakers.nested(depth, pick % 2 == 0);
        String rendered = switch (where) {
            case 0 -> nested;
            case 1 -> body.render(Map.of(slot.key(), nested));
            case 2 -> body.render(Map.of(slot.key(), slot.valid() + ",\"zz\":" + nested));
            default -> body.render(Map.of(slot.key(), nested.substring(0, nested.length() / 2)));
        };
        return new FuzzCase(route, null, utf8(rendered), contentType(random), query(random), "nesting " + depth + " at " + where);
    }

    private static FuzzCase brokenJson(SeededRandom random) {
        FuzzRoute route = random.of(FuzzRoute.values());
        int how = random.between(0, 9);
        int n = random.between(0, Integer.MAX_VALUE);
        String valid = route.body().valid();
        String rendered = switch (how) {
            case 0 -> valid.substring(0, n % valid.length());
            case 1 -> valid + List.of("x", "}", "]", "{}", "1", "\"", ",", "\u0000").get(n % 8);
            case 2 -> valid.substring(0, valid.length() - 1) + ",}";
            case 3 -> valid.replace('"', '\'');
            case 4 -> valid.replaceFirst("\"([a-zA-Z_]+)\":", "$1:");
            case 5 -> "/* c */" + valid;
            case 6 -> "[" + valid + "]";
            case 7 -> List.of("null", "true", "0", "\"x\"", "[]", "").get(n % 6);
            case 8 -> valid.replaceFirst(":", "=");
            default -> valid.replaceFirst("\":", "\u0000\":");
        };
        return new FuzzCase(route, null, utf8(rendered), contentType(random), query(random), "broken " + how);
    }

    private static FuzzCase oddCompanyPath(SeededRandom random) {
        FuzzRoute route = random.of(COMPANY_ROUTES);
        String copid = random.of(ODD_COPIDS);
        String suffix = random.of(ODD_SUFFIXES);
        String path = random.bool() ? "/v3/igr/gamification/" + copid + route.suffix : "/v3/igr/gamification/@SELF" + suffix;
        return new FuzzCase(route, path, utf8(route.body().valid()), contentType(random), query(random), "odd path");
    }

    private static FuzzCase oddAdminPath(SeededRandom random) {
        return new FuzzCase(FuzzRoute.TOKENS, random.of(ODD_ADMIN_PATHS), utf8(FuzzRoute.TOKENS.body().valid()),
                contentType(random), query(random), "odd path");
    }

    /** A valid body of a random route with one field replaced by a value {@code breaker} makes invalid for it. */
    private static FuzzCase mutation(SeededRandom random, String what, Function<FieldKind, Generator<String>> breaker) {
        FuzzRoute route = random.of(FuzzRoute.values());
        BodyTemplate body = route.body();
        Slot slot = random.of(body.slots());
        String value = breaker.apply(slot.kind()).next(random);
        return new FuzzCase(route, null, utf8(body.render(Map.of(slot.key(), value))), contentType(random), query(random),
                what + " in " + slot.key());
    }

    private static String contentType(SeededRandom random) {
        return random.of(CONTENT_TYPES);
    }

    /** No query string, one of the odd ones, or random printable ASCII percent-encoded. */
    private static String query(SeededRandom random) {
        return random.oneOf(r -> null, r -> r.of(QUERIES), r -> encode(r.string('!', '~', 0, 40)));
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8(text)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~=&".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
