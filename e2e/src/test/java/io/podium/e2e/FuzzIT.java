package io.podium.e2e;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property-based tests (jqwik) of every POST and PUT route over HTTP, through the local runtime's API Gateway:
 * arbitrary bodies, valid bodies with one field made invalid (wrong types, huge numbers, long strings, control
 * characters and NUL, unicode), duplicate keys, deep nesting, broken JSON, odd paths, with random Content-Types and
 * query strings. Every answer must be below 500 and, when an error, JSON with a non-empty {@code error.code}; a
 * refusal must write nothing (checked by reading back what the route would have written).
 *
 * <p>Each property's company has a badge, a rank and a stream event to replace, rename and high-five (the event
 * is a driver's new level: eco finalized, the stream awaited), and its badge is one no driver can earn, so that
 * nothing changes in the background while refusals are read back.
 *
 * <p>Tries per property: e2e/pom.xml passes {@code podium.fuzz.tries} to jqwik as {@code jqwik.tries.default} (jqwik reads
 * JUnit Platform configuration, system properties included): 260 for the 8 properties, 2,080 cases a run; the profile
 * {@code fuzz-long} sets 2,500, 20,000 cases. The count of every case tried is printed when the class ends. One
 * runtime is shared with the Jupiter tests ({@link SharedPodium#instance()}); each property has a company of its own.
 */
class FuzzIT {
    static final String TRIES_PROPERTY = "podium.fuzz.tries";
    /**
     * Every how many refusals the route's writes are read back (a read costs more than the request fuzzed); the whole
     * company is read back after every property in any case. System property {@code podium.fuzz.readBackEvery}.
     */
    private static final int READ_BACK_EVERY = Integer.getInteger("podium.fuzz.readBackEvery", 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger WRITES_ON_REFUSAL = new AtomicInteger();
    private static final AtomicInteger READ_BACKS = new AtomicInteger();
    private static final String CAMPAIGN = "fz-camp";
    /** Rules no driver meets: a million points of eco a day, two days running. */
    private static final String UNEARNABLE_THRESHOLD = "1000000";

    private LocalPodium podium;
    private Tenant tenant;
    /** The company a fuzzed token request names: nothing may ever be issued to it. */
    private String tokenCopid;
    private Map<String, String> baseline;
    /** The property's badge, rank and stream event (path ids for @BADGE, @RANK, @EVENT). */
    private String badgeId;
    private String rankId;
    private String eventId;

    enum Route {
        SCORES("POST", "/scores"),
        FINALIZE("POST", "/scores/finalize"),
        CAMPAIGN_CREATE("POST", "/campaigns"),
        CAMPAIGN_REPLACE("PUT", "/campaigns/" + CAMPAIGN),
        SETTINGS("PUT", "/settings"),
        BADGE_CREATE("POST", "/badges"),
        BADGE_REPLACE("PUT", "/badges/@BADGE"),
        RANK_CREATE("POST", "/ranks"),
        RANK_RENAME("PUT", "/ranks/@RANK"),
        HIGH_FIVE("PUT", "/stream/@EVENT/high-five"),
        TOKENS("POST", null);

        final String method;
        final String suffix;

        Route(String method, String suffix) {
            this.method = method;
            this.suffix = suffix;
        }
    }

    /** What makes a field's value valid, and so which values break it. */
    enum Kind {
        PATTERN, OPTIONAL_PATTERN, DATE, CAMPAIGN_ID, PATH_ID, USERXTID, NAME, DESCRIPTION_2000, DESCRIPTION_256, INT32, DAYS, SCORES,
        SCOPES,
        /** An optional boolean (a badge's special). */
        BOOL,
        /** Optional integers: a badge's points (0 to 1,000,000), a ratio rank's min_volume (0 to 2^62 - 1). */
        POINTS, MIN_VOLUME,
        /** Required integers of a badge rule: threshold (-2^31 to 2^62 - 1), a streak's days (1 to 3660). */
        THRESHOLD, STREAK_DAYS
    }

    /** The integers a numeric kind of the engagement routes accepts, {min, max}; null for the other kinds. */
    private static long[] integerRange(Kind kind) {
        return switch (kind) {
            case POINTS -> new long[] {0, 1_000_000};
            case MIN_VOLUME -> new long[] {0, Long.MAX_VALUE / 2};
            case THRESHOLD -> new long[] {Integer.MIN_VALUE, Long.MAX_VALUE / 2};
            case STREAK_DAYS -> new long[] {1, 3660};
            default -> null;
        };
    }

    record Slot(String key, Kind kind, String valid) {
    }

    record Body(Route route, String template, List<Slot> slots) {
        String render(Map<String, String> replaced) {
            Matcher m = Pattern.compile("@([a-zA-Z_]+)").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Slot slot = slot(m.group(1));
                String value = replaced.getOrDefault(slot.key(), slot.valid());
                m.appendReplacement(out, Matcher.quoteReplacement("\"" + slot.key() + "\":" + value));
            }
            m.appendTail(out);
            return out.toString();
        }

        String valid() {
            return render(Map.of());
        }

        Slot slot(String key) {
            return slots.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        }
    }

    /** A request of a property: the path suffix replaces the route's own when not null. */
    record Case(Route route, String pathOverride, byte[] body, String contentType, String query, String what) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return route.method + " " + (pathOverride == null ? route : pathOverride) + (query == null ? "" : "?" + query)
                    + " [" + contentType + "] " + what + ": "
                    + (text.length() > 300 ? text.substring(0, 300) + "…(" + body.length + " bytes)" : text);
        }
    }

    private static Body body(Route route) {
        return switch (route) {
            case SCORES -> new Body(route, "{@metric,@date,\"scores\":[{@userxtid,@score},{\"userxtid\":\"d2\",\"score\":2}]}",
                    List.of(new Slot("metric", Kind.PATTERN, "\"eco\""), new Slot("date", Kind.DATE, "\"2026-03-01\""),
                            new Slot("userxtid", Kind.USERXTID, "\"d1\""), new Slot("score", Kind.INT32, "10")));
            case FINALIZE -> new Body(route, "{@metric,@date}",
                    List.of(new Slot("metric", Kind.PATTERN, "\"eco\""), new Slot("date", Kind.DATE, "\"2026-03-01\"")));
            case CAMPAIGN_CREATE -> new Body(route, "{@id,@name,@metric,@startDate,@endDate,@aggregation,@description}",
                    campaignSlots(new Slot("id", Kind.CAMPAIGN_ID, "\"fz-new\"")));
            case CAMPAIGN_REPLACE -> new Body(route, "{@id,@name,@metric,@startDate,@endDate,@aggregation,@description}",
                    campaignSlots(new Slot("id", Kind.PATH_ID, "\"" + CAMPAIGN + "\"")));
            case SETTINGS -> new Body(route, "{@autoFinalizeAfterDays}", List.of(new Slot("autoFinalizeAfterDays", Kind.DAYS, "3")));
            case BADGE_CREATE, BADGE_REPLACE -> new Body(route, "{@name,@special,@points,\"rule\":{@type,@metric,@threshold,@days}}",
                    List.of(new Slot("name", Kind.NAME, "\"Fuzz badge\""), new Slot("special", Kind.BOOL, "false"),
                            new Slot("points", Kind.POINTS, "5"), new Slot("type", Kind.PATTERN, "\"streak\""),
                            new Slot("metric", Kind.PATTERN, "\"eco\""), new Slot("threshold", Kind.THRESHOLD, UNEARNABLE_THRESHOLD),
                            new Slot("days", Kind.STREAK_DAYS, "2")));
            case RANK_CREATE -> new Body(route, "{@name,@icon,@rule,\"settings\":{@metric,@denominator_metric,@min_volume}}",
                    List.of(new Slot("name", Kind.NAME, "\"Fuzz rank\""), new Slot("icon", Kind.NAME, "\"rocket\""),
                            new Slot("rule", Kind.PATTERN, "\"ratio\""), new Slot("metric", Kind.PATTERN, "\"eco\""),
                            new Slot("denominator_metric", Kind.PATTERN, "\"visits\""), new Slot("min_volume", Kind.MIN_VOLUME, "10")));
            case RANK_RENAME -> new Body(route, "{@name}", List.of(new Slot("name", Kind.NAME, "\"Fuzz rank\"")));
            case HIGH_FIVE -> new Body(route, "{@userxtid}", List.of(new Slot("userxtid", Kind.USERXTID, "\"d1\"")));
            case TOKENS -> new Body(route, "{@copid,@scopes,@description}", List.of(new Slot("copid", Kind.PATTERN, "\"@COPID\""),
                    new Slot("scopes", Kind.SCOPES, "[\"read\",\"hub\"]"), new Slot("description", Kind.DESCRIPTION_256, "\"fuzz\"")));
        };
    }

    private static List<Slot> campaignSlots(Slot id) {
        return List.of(id, new Slot("name", Kind.NAME, "\"Fuzz\""), new Slot("metric", Kind.PATTERN, "\"eco\""),
                new Slot("startDate", Kind.DATE, "\"2026-01-01\""), new Slot("endDate", Kind.DATE, "\"2026-12-31\""),
                new Slot("aggregation", Kind.OPTIONAL_PATTERN, "\"total\""), new Slot("description", Kind.DESCRIPTION_2000, "\"d\""));
    }

    // ------------------------------------------------------------------ lifecycle

    @BeforeProperty
    void newCompany() {
        podium = SharedPodium.instance();
        tenant = Tenant.create(podium);
        tokenCopid = "fz-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = tenant.http().post(tenant.path("/campaigns"), tenant.token(), body(Route.CAMPAIGN_REPLACE).valid());
        assertEquals(201, created.status(), created.toString());
        Response settings = tenant.http().send("PUT", tenant.path("/settings"), tenant.token(), "{\"autoFinalizeAfterDays\":7}");
        assertEquals(200, settings.status(), settings.toString());
        Response badge = tenant.http().post(tenant.path("/badges"), tenant.token(), body(Route.BADGE_REPLACE).valid());
        assertEquals(201, badge.status(), badge.toString());
        badgeId = badge.json().get("id").asText();
        Response rank = tenant.http().post(tenant.path("/ranks"), tenant.token(), body(Route.RANK_CREATE).valid());
        assertEquals(201, rank.status(), rank.toString());
        rankId = rank.json().get("id").asText();
        // d1's 10 points of eco reach level_9: the stream's one event, once the recompute has run.
        assertEquals(200, tenant.submit(Tenant.batch("eco", "2026-03-01", "d1", "10")).status());
        assertEquals(200, tenant.finalizeThrough("eco", "2026-03-01").status());
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode stream = read(tenant.path("/stream"), tenant.token());
        while (stream.get("data").isEmpty() && Instant.now().isBefore(deadline)) {
            LocalPodium.pause(Duration.ofMillis(100));
            stream = read(tenant.path("/stream"), tenant.token());
        }
        assertEquals(1, stream.get("data").size(), stream.toString());
        eventId = stream.get("data").get(0).get("id").asText();
        baseline = snapshot();
    }

    /** Whatever the sampling, every property ends with the whole company read back. */
    @AfterProperty
    void nothingWrittenByTheProperty() {
        assertNothingWritten(snapshot(), "the property's refused requests");
    }

    @AfterContainer
    static void report() {
        System.out.printf("FuzzIT: %s tries per property; %d cases tried", System.getProperty(TRIES_PROPERTY, "(jqwik default)"),
                TRIED.get());
        System.out.printf(", %d server errors, %d writes on refusal (%d read-backs)%n",
                SERVER_ERRORS.get(), WRITES_ON_REFUSAL.get(), READ_BACKS.get());
    }

    // ------------------------------------------------------------------ properties

    /** Arbitrary bytes and strings as bodies. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void arbitraryBodies(@ForAll("arbitraryCases") Case c) {
        Response r = send(c);
        if (c.route() == Route.SETTINGS) {
            Integer expected = Oracle.settingsDays(c.body());
            if (expected != null) {
                assertEquals(200, r.status(), c + " -> " + r);
                JsonNode now = get(tenant.path("/settings"), tenant.token()).json();
                assertEquals(expected == -1 ? null : expected,
                        now.get("autoFinalizeAfterDays").isNull() ? null : now.get("autoFinalizeAfterDays").asInt(), c.toString());
                baseline = snapshot();
                return;
            }
        }
        assertRefusedAndNothingWritten(c, r);
    }

    /** A valid body with one field of the wrong JSON type. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void wrongTypes(@ForAll("wrongTypeCases") Case c) {
        assertRefusedAndNothingWritten(c, send(c));
    }

    /** Numbers out of range or not integers where integers are due: 1e400, 2^63, -0.0, 1000 digits, NaN text. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void hugeNumbers(@ForAll("hugeNumberCases") Case c) {
        assertRefusedAndNothingWritten(c, send(c));
    }

    /** Numbers of every kind for autoFinalizeAfterDays: accepted exactly when an integer from 0 to 365. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void settingsNumbers(@ForAll("settingsNumberLiterals") String literal) {
        Case c = new Case(Route.SETTINGS, null, ("{\"autoFinalizeAfterDays\":" + literal + "}").getBytes(StandardCharsets.UTF_8),
                "application/json", null, "number " + literal);
        Response r = send(c);
        Integer expected = Oracle.settingsDays(c.body());
        if (expected == null) {
            assertRefusedAndNothingWritten(c, r);
        } else {
            assertEquals(200, r.status(), c + " -> " + r);
            JsonNode days = get(tenant.path("/settings"), tenant.token()).json().get("autoFinalizeAfterDays");
            assertEquals(expected == -1 ? null : expected, days.isNull() ? null : days.asInt(), c.toString());
            baseline = snapshot();
        }
    }

    /** Strings over their limit, up to about 300 KB of body. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void longStrings(@ForAll("longStringCases") Case c) {
        assertRefusedAndNothingWritten(c, send(c));
    }

    /** Control characters and NUL (escaped and raw), unicode (emoji, RTL, combining, fullwidth) where rules forbid them. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void controlCharactersAndUnicode(@ForAll("controlAndUnicodeCases") Case c) {
        assertRefusedAndNothingWritten(c, send(c));
    }

    /** Duplicate keys, deep nesting (65 to 10,000 levels) and broken JSON syntax. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void duplicateKeysDeepNestingAndBrokenJson(@ForAll("structureCases") Case c) {
        Response r = send(c);
        assertRefusedAndNothingWritten(c, r);
        assertEquals(400, r.status(), c + " -> " + r);
        assertEquals("invalid_json", r.errorCode(), c + " -> " + r);
    }

    /** Valid bodies on odd paths: encoded slashes, dot segments, very long and unicode ids, other companies. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void oddPaths(@ForAll("oddPathCases") Case c) {
        assertRefusedAndNothingWritten(c, send(c));
    }

    // ------------------------------------------------------------------ generators

    private static Arbitrary<Route> routes() {
        return Arbitraries.of(Route.class);
    }

    private static Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json; charset=utf-8", "application/json; charset=latin1",
                "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
                "application/octet-stream", "*/*", "", "garbage", "application/json" + ";x=y".repeat(200), null);
    }

    private static Arbitrary<String> queries() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of("", "&", "=", "a", "a=1&a=2", "copid=other", "metric=eco&date=2026-03-01", "limit=-1",
                        "cursor=%25%25", "x=%00", "x=%25ZZ", "%2F=%2F", "x=%F0%9F%98%80", "x=%D7%A2%D7%91", "a%5B%5D=1&a%5Bb%5D=2",
                        "x=" + "y".repeat(4000), "dryRun=true", "+=+", ";;;", "x=1;y=2"),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(40).map(FuzzIT::encode));
    }

    @Provide
    Arbitrary<Case> arbitraryCases() {
        Arbitrary<byte[]> bodies = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.strings().all().ofMaxLength(500).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.strings().withChars("{}[]\",:0123456789.eE+- \\ntrufalsu\u0000\t").ofMaxLength(200)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("", " ", "null", "true", "0", "\"\"", "[]", "{}", "[{}]", "{\"\":null}", "\uFEFF{}", "{}{}",
                        "{\"autoFinalizeAfterDays\":null}").map(s -> s.getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(routes(), bodies, contentTypes(), queries())
                .as((route, b, type, query) -> new Case(route, null, b, type, query, "arbitrary"));
    }

    @Provide
    Arbitrary<Case> wrongTypeCases() {
        return mutation("wrong type", FuzzIT::wrongTypes);
    }

    @Provide
    Arbitrary<Case> hugeNumberCases() {
        return mutation("huge number", FuzzIT::hugeNumbers);
    }

    @Provide
    Arbitrary<Case> longStringCases() {
        return mutation("long string", FuzzIT::longStrings);
    }

    @Provide
    Arbitrary<Case> controlAndUnicodeCases() {
        return mutation("control/unicode", FuzzIT::controlAndUnicode);
    }

    @Provide
    Arbitrary<String> settingsNumberLiterals() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.of("0", "-0", "365", "366", "-1", "0.0", "-0.0", "1e2", "1E+2", "3.0", "2147483648", "-2147483649",
                        "4294967296", "9223372036854775808", "18446744073709551616", "1e400", "-1e400", "1e-400", "null"),
                hugeNumberLiterals());
    }

    @Provide
    Arbitrary<Case> structureCases() {
        Arbitrary<Case> duplicates = Combinators.combine(routes(), Arbitraries.integers().between(0, 99), Arbitraries.of(true, false),
                contentTypes(), queries()).as((route, pick, same, type, query) -> {
                    Body body = body(route);
                    Slot slot = body.slots().get(pick % body.slots().size());
                    String other = same ? slot.valid() : "\"other\"";
                    String rendered = body.render(Map.of(slot.key(), slot.valid() + ",\"" + slot.key() + "\":" + other));
                    return new Case(route, null, bytes(route, rendered), type, query, "duplicate " + slot.key());
                });
        Arbitrary<Case> nesting = Combinators.combine(routes(), Arbitraries.integers().between(65, 10_000),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 3), contentTypes(), queries())
                .as((route, depth, pick, where, type, query) -> {
                    Body body = body(route);
                    Slot slot = body.slots().get(pick % body.slots().size());
                    String nested = nested(depth, pick % 2 == 0);
                    String rendered = switch (where) {
                        case 0 -> nested;
                        case 1 -> body.render(Map.of(slot.key(), nested));
                        case 2 -> body.render(Map.of(slot.key(), slot.valid() + ",\"zz\":" + nested));
                        default -> body.render(Map.of(slot.key(), nested.substring(0, nested.length() / 2)));
                    };
                    return new Case(route, null, bytes(route, rendered), type, query, "nesting " + depth + " at " + where);
                });
        Arbitrary<Case> broken = Combinators.combine(routes(), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), contentTypes(), queries())
                .as((route, how, n, type, query) -> {
                    String valid = body(route).valid();
                    String rendered = switch (how) {
                        case 0 -> valid.substring(0, n % valid.length());
                        case 1 -> valid + List.of("x", "}", "]", "{}", "1", "\"", ",", "\u0000").get(n % 8);
                        case 2 -> valid.substring(0, valid.length() - 1) + ",}";
                        case 3 -> valid.replace('"', '\'');
                        case 4 -> valid.replaceFirst("\"([a-zA-Z]+)\":", "$1:");
                        case 5 -> "/* c */" + valid;
                        case 6 -> "[" + valid + "]";
                        case 7 -> List.of("null", "true", "0", "\"x\"", "[]", "").get(n % 6);
                        case 8 -> valid.replaceFirst(":", "=");
                        default -> valid.replaceFirst("\":", "\u0000\":");
                    };
                    return new Case(route, null, bytes(route, rendered), type, query, "broken " + how);
                });
        return Arbitraries.oneOf(duplicates, nesting, broken);
    }

    @Provide
    Arbitrary<Case> oddPathCases() {
        Arbitrary<String> copids = Arbitraries.of("@SELF%2Fx", "@UPPER", "%2e%2e", "..", ".", "@SELF%00", "@SELF%20",
                "other-company", "%F0%9F%98%80", "%D7%A2%D7%91%D7%A8%D7%99%D7%AA", "e%CC%81", "a".repeat(3000), "%2F", "@SELF;x=1");
        // No path that only adds a trailing slash to a route: API Gateway routes "/x/" to the resource "/x".
        Arbitrary<String> suffixes = Arbitraries.of("//scores", "/./scores", "/x/../scores", "/scores%2Ffinalize", "/Scores",
                "/scores;x=1", "/campaigns//", "/Campaigns", "/settings/x", "/campaigns/%2e%2e", "/campaigns/.",
                "/campaigns/" + CAMPAIGN + "%2Fx", "/campaigns/" + "a".repeat(3000), "/campaigns/%F0%9F%98%80",
                "/campaigns/e%CC%81", "/campaigns/%00", "/campaigns/fz%20camp", "/campaigns/FZ-CAMP", "/campaigns/not-there",
                "/campaigns/-x", "/campaigns/" + CAMPAIGN + "/x", "/campaigns/%D7%90",
                "/Badges", "/badges/0", "/badges/01", "/badges/-1", "/badges/1.0", "/badges/99999", "/badges/" + "9".repeat(13),
                "/badges/@BADGE%2Fx", "/badges/@BADGE/x", "/Ranks", "/ranks/not-a-rank",
                "/ranks/00000000-0000-0000-0000-000000000000", "/ranks/" + "a".repeat(3000), "/ranks/@RANK%2Fx",
                "/ranks/@RANK/scores", "/stream/0/high-five", "/stream/99999/high-five", "/stream/x/high-five",
                "/stream/@EVENT/High-five", "/stream/@EVENT%2Fhigh-five", "/stream/@EVENT/high-five/users",
                "/stream/" + "9".repeat(3000) + "/high-five", "/stream/high-five");
        Arbitrary<String> adminPaths = Arbitraries.of("/v3/igr/admin//tokens", "/v3/igr/admin/./tokens",
                "/v3/igr/admin/Tokens", "/v3/igr/admin/tokens%2F", "/v3/igr/admin/tokens/x", "/v3/igr/gamification/@SELF/admin/tokens",
                "/v3/igr/admin/tokens;x=1", "/v3//igr/admin/tokens");
        Arbitrary<Case> company = Combinators.combine(Arbitraries.of(Route.SCORES, Route.FINALIZE, Route.CAMPAIGN_CREATE,
                        Route.CAMPAIGN_REPLACE, Route.SETTINGS, Route.BADGE_CREATE, Route.BADGE_REPLACE, Route.RANK_CREATE,
                        Route.RANK_RENAME, Route.HIGH_FIVE), copids, suffixes, Arbitraries.of(true, false), contentTypes(), queries())
                .as((route, copid, suffix, oddCopid, type, query) -> new Case(route,
                        oddCopid ? "/v3/igr/gamification/" + copid + route.suffix : "/v3/igr/gamification/@SELF" + suffix,
                        body(route).valid().getBytes(StandardCharsets.UTF_8), type, query, "odd path"));
        Arbitrary<Case> admin = Combinators.combine(adminPaths, contentTypes(), queries())
                .as((path, type, query) -> new Case(Route.TOKENS, path, body(Route.TOKENS).valid().getBytes(StandardCharsets.UTF_8),
                        type, query, "odd path"));
        return Arbitraries.oneOf(company, company, admin);
    }

    // ------------------------------------------------------------------ values that break a field

    private interface Breaker {
        Arbitrary<String> values(Kind kind);
    }

    /** A valid body of a random route with one field replaced by a value {@code breaker} makes invalid for it. */
    private static Arbitrary<Case> mutation(String what, Breaker breaker) {
        return routes().flatMap(route -> {
            Body body = body(route);
            Arbitrary<Slot> slots = Arbitraries.of(body.slots());
            return slots.flatMap(slot -> Combinators.combine(breaker.values(slot.kind()), contentTypes(), queries())
                    .as((value, type, query) -> new Case(route, null, bytes(route, body.render(Map.of(slot.key(), value))),
                            type, query, what + " in " + slot.key())));
        });
    }

    private static boolean isText(Kind kind) {
        return kind != Kind.INT32 && kind != Kind.DAYS && kind != Kind.SCORES && kind != Kind.SCOPES && kind != Kind.BOOL
                && integerRange(kind) == null;
    }

    private static boolean optional(Kind kind) {
        return kind == Kind.CAMPAIGN_ID || kind == Kind.OPTIONAL_PATTERN || kind == Kind.PATH_ID || kind == Kind.DESCRIPTION_2000 || kind == Kind.DESCRIPTION_256
                || kind == Kind.DAYS || kind == Kind.BOOL || kind == Kind.POINTS || kind == Kind.MIN_VOLUME;
    }

    private static Arbitrary<String> wrongTypes(Kind kind) {
        List<String> values = new ArrayList<>(switch (kind) {
            case SCORES -> List.of("{}", "\"x\"", "1", "true", "[]", "[1]", "[null]", "[\"d1\"]", "[[]]", "{\"userxtid\":\"d1\",\"score\":1}");
            case SCOPES -> List.of("{}", "\"read\"", "1", "true", "[]", "[1]", "[null]", "[[\"read\"]]", "[{\"read\":true}]");
            case INT32, DAYS, POINTS, MIN_VOLUME, THRESHOLD, STREAK_DAYS ->
                    List.of("\"1\"", "\"NaN\"", "\"\"", "true", "false", "{}", "[]", "[1]", "{\"value\":1}");
            case BOOL -> List.of("1", "0", "\"true\"", "\"false\"", "\"\"", "{}", "[]", "[true]", "{\"value\":true}");
            default -> List.of("1", "0", "-1", "1.5", "true", "false", "{}", "{\"a\":\"b\"}", "[]", "[\"x\"]", "[null]");
        });
        if (!optional(kind)) {
            values.add("null");
        }
        if (kind == Kind.SCOPES) {
            values.add("null");
            values.add("[\"read\",\"admin\"]");
        }
        return Arbitraries.of(values);
    }

    private static Arbitrary<String> hugeNumberLiterals() {
        return Arbitraries.oneOf(
                Arbitraries.of("2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                        "18446744073709551616", "1e400", "-1e400", "1E400", "1e-400", "1.5", "-0.0", "0.0", "1e2", "1E+2",
                        "1.0", "0.1e1", "NaN", "-NaN", "Infinity", "-Infinity", "+1", "01", "-", ".5", "1.", "0x1F", "1_000",
                        "\"NaN\"", "\"Infinity\"", "\"1e400\"", "\"9223372036854775808\""),
                Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(3000).map(d -> "9" + d),
                Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(3000).map(d -> "-9" + d),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(31), BigInteger.TWO.pow(200)).map(BigInteger::toString),
                Arbitraries.doubles().map(d -> d == Math.rint(d) ? d + ".5" : Double.toString(d)));
    }

    private static Arbitrary<String> hugeNumbers(Kind kind) {
        // Where text or an array is due, any number is a wrong type (but "NaN" would be a valid metric name).
        Arbitrary<String> literals = isText(kind) || kind == Kind.SCORES || kind == Kind.SCOPES
                ? hugeNumberLiterals().filter(n -> !n.startsWith("\""))
                : hugeNumberLiterals();
        // A wide integer field accepts some of them (a threshold of 2^31): those are no break.
        long[] range = integerRange(kind);
        return range == null ? literals : literals.filter(n -> !Oracle.integerWithin(n, range[0], range[1]));
    }

    /** The length from which a string breaks the field. */
    private static int tooLong(Kind kind) {
        return switch (kind) {
            case USERXTID -> 129;
            case NAME -> 256;
            case DESCRIPTION_2000 -> 2001;
            case DESCRIPTION_256 -> 257;
            default -> 65;
        };
    }

    private static Arbitrary<String> longStrings(Kind kind) {
        if (!isText(kind)) {
            // A long string where a number or an array is due.
            return Arbitraries.integers().between(1, 300_000).map(n -> quote("9".repeat(n)));
        }
        Arbitrary<Integer> lengths = Arbitraries.oneOf(
                Arbitraries.integers().between(tooLong(kind), tooLong(kind) + 10),
                Arbitraries.integers().between(tooLong(kind), 20_000),
                Arbitraries.integers().between(tooLong(kind), 100_000));
        Arbitrary<String> unit = Arbitraries.of("a", "é", "😀", "\u0000", "ab-", "1");
        // At most about 300 KB of body, whatever the unit's encoded size.
        return Combinators.combine(lengths, unit).as((n, u) -> quote(u.repeat(
                Math.min(n, 300_000 / (quote(u).getBytes(StandardCharsets.UTF_8).length - 2)))))
                .filter(q -> q.codePointCount(0, q.length()) - 2 >= tooLong(kind));
    }

    private static Arbitrary<String> controlAndUnicode(Kind kind) {
        // Raw control characters inside a string literal are never JSON; escaped ones break the ruled fields.
        Arbitrary<String> raw = Combinators.combine(Arbitraries.chars().range('\u0000', '\u001f'),
                Arbitraries.strings().alpha().ofMaxLength(5)).as((c, s) -> "\"" + s + c + s + "\"");
        if (kind == Kind.NAME || kind == Kind.DESCRIPTION_2000 || kind == Kind.DESCRIPTION_256 || !isText(kind)) {
            return kind == Kind.NAME ? Arbitraries.oneOf(raw, Arbitraries.just("\"\"")) : raw;
        }
        List<String> controls = List.of("\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u001b", "\u001f", "\u007f",
                "\u0085", "\u009f");
        Arbitrary<String> bad = kind == Kind.USERXTID ? Arbitraries.of(controls) : Arbitraries.oneOf(Arbitraries.of(controls),
                Arbitraries.of("😀", "👍🏽", "\u202Eabc", "\u200F", "עברית", "مرحبا", "e\u0301", "\u0301", "\uFEFF", "\u200B",
                        "２０２６", "é", "ß", "İ", " ", "/", "..", "%00", "\\", "\"", "'", "<b>", "${x}", "\ud800", "\udfff",
                        "\ud83d", "\u2028", "\uFFFF", "\uFFFD"));
        Arbitrary<String> around = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(6);
        return Combinators.combine(around, bad, around).as((a, b, c) -> quote(a + b + c));
    }

    private static String nested(int depth, boolean arrays) {
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
    private static String quote(String value) {
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

    private static byte[] bytes(Route route, String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~=&".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ HTTP and checks

    private Response send(Case c) {
        TRIED.incrementAndGet();
        String path = (c.pathOverride() != null ? c.pathOverride().replace("@SELF", tenant.copid())
                .replace("@UPPER", tenant.copid().toUpperCase())
                : c.route() == Route.TOKENS ? "/v3/igr/admin/tokens" : tenant.path(c.route().suffix))
                .replace("@BADGE", badgeId).replace("@RANK", rankId).replace("@EVENT", eventId);
        String token = c.route() == Route.TOKENS ? podium.adminToken() : tenant.token();
        byte[] body = new String(c.body(), StandardCharsets.ISO_8859_1).contains("@COPID")
                ? new String(c.body(), StandardCharsets.UTF_8).replace("@COPID", tokenCopid).getBytes(StandardCharsets.UTF_8)
                : c.body();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(podium.http().baseUrl() + path
                        + (c.query() == null ? "" : "?" + c.query())))
                .timeout(REQUEST_TIMEOUT).header(Http.TOKEN_HEADER, token)
                .method(c.route().method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (c.contentType() != null) {
            builder.header("Content-Type", c.contentType());
        }
        Response r = send(builder, c);
        if (r.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        return r;
    }

    private Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(podium.http().baseUrl() + path)).timeout(REQUEST_TIMEOUT)
                .header(Http.TOKEN_HEADER, token).GET(), null);
    }

    private static Response send(HttpRequest.Builder builder, Case c) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(String.valueOf(c), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertRefusedAndNothingWritten(Case c, Response r) {
        assertTrue(r.status() < 500, () -> "server error: " + c + " -> " + r);
        assertTrue(r.status() >= 400, () -> "accepted an invalid request: " + c + " -> " + r);
        JsonNode json;
        try {
            json = JSON.readTree(r.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + c + " -> " + r, e);
        }
        JsonNode code = json.path("error").path("code");
        assertTrue(code.isTextual() && !code.textValue().isEmpty(), () -> "no error.code: " + c + " -> " + r);
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), () -> c + " -> " + r);
        if (TRIED.get() % READ_BACK_EVERY == 0) {
            // A refusal on an odd path might have reached any route; otherwise the route's own writes are read back.
            assertNothingWritten(snapshot(c.pathOverride() == null ? c.route() : null), c + " -> " + r);
        }
    }

    private void assertNothingWritten(Map<String, String> now, String after) {
        READ_BACKS.incrementAndGet();
        now.forEach((what, state) -> {
            if (!state.equals(baseline.get(what))) {
                WRITES_ON_REFUSAL.incrementAndGet();
                fail("a refused request wrote " + what + ": " + after + "\nbefore: " + baseline.get(what) + "\nafter:  " + state);
            }
        });
    }

    private Map<String, String> snapshot() {
        return snapshot(null);
    }

    /**
     * What {@code route} could write for the property's company (scores and finalize: metrics; campaign routes: the
     * campaigns; settings; tokens of the company a token request names; badges; ranks; the stream and its
     * high-fives), or all of it when {@code route} is null.
     */
    private Map<String, String> snapshot(Route route) {
        Map<String, String> state = new LinkedHashMap<>();
        if (route == null || route == Route.SCORES || route == Route.FINALIZE) {
            state.put("metrics", read(tenant.path("/metrics"), tenant.token()).get("data").toString());
        }
        if (route == null || route == Route.CAMPAIGN_CREATE || route == Route.CAMPAIGN_REPLACE) {
            List<String> campaigns = new ArrayList<>();
            read(tenant.path("/campaigns?limit=100"), tenant.token()).get("data").forEach(cp ->
                    campaigns.add(cp.get("id").asText() + "@" + cp.get("updatedAt").asText() + ":" + cp.get("name").asText()));
            state.put("campaigns", campaigns.toString());
        }
        if (route == null || route == Route.SETTINGS) {
            state.put("settings", read(tenant.path("/settings"), tenant.token()).toString());
        }
        if (route == null || route == Route.TOKENS) {
            state.put("tokens", read("/v3/igr/admin/tokens?copid=" + tokenCopid, podium.adminToken()).get("data").toString());
        }
        if (route == null || route == Route.BADGE_CREATE || route == Route.BADGE_REPLACE) {
            state.put("badges", read(tenant.path("/badges"), tenant.token()).get("data").toString());
        }
        if (route == null || route == Route.RANK_CREATE || route == Route.RANK_RENAME) {
            state.put("ranks", read(tenant.path("/ranks?per_page=100"), tenant.token()).get("data").toString());
        }
        if (route == null || route == Route.HIGH_FIVE) {
            // high_fived for d1 and the count of the event, and who high-fived it.
            state.put("stream", read(tenant.path("/stream?viewer=d1"), tenant.token()).get("data").toString());
            state.put("high-fives", read(tenant.path("/stream/" + eventId + "/high-five/users"), tenant.token()).get("data").toString());
        }
        return state;
    }

    private JsonNode read(String path, String token) {
        Response r = get(path, token);
        assertEquals(200, r.status(), path + " -> " + r);
        return r.json();
    }

    /** Which PUT settings bodies are valid, read the way the handler reads them; the days, -1 for null, else null. */
    static final class Oracle {
        private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

        /** Whether the handlers read {@code literal} as an integer from min to max. */
        static boolean integerWithin(String literal, long min, long max) {
            JsonNode node;
            try {
                node = STRICT.readTree(literal);
            } catch (IOException | RuntimeException e) {
                return false;
            }
            return node != null && node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= min
                    && node.longValue() <= max;
        }

        static Integer settingsDays(byte[] body) {
            // The gateway passes the body on as UTF-8 text, as the local runtime does.
            String text = new String(body, StandardCharsets.UTF_8);
            JsonNode root;
            try {
                // From bytes, as the handler reads it (so a UTF-8 byte order mark is skipped, as Jackson does).
                root = STRICT.readTree(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return null;
            }
            if (root == null || !root.isObject()) {
                return null;
            }
            JsonNode days = root.get("autoFinalizeAfterDays");
            if (days == null || days.isNull()) {
                return -1;
            }
            if (!days.isIntegralNumber() || !days.canConvertToInt() || days.intValue() < 0 || days.intValue() > 365) {
                return null;
            }
            return days.intValue();
        }
    }
}
