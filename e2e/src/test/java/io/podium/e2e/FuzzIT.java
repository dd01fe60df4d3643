package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podium.e2e.SeededRandom.Generator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties of every POST and PUT route over HTTP, through the local runtime's API Gateway: arbitrary bodies, valid
 * bodies with one field made invalid (wrong types, huge numbers, long strings, control characters and NUL, unicode),
 * duplicate keys, deep nesting, broken JSON, odd paths, with random Content-Types and query strings
 * ({@link FuzzCases}). Every answer must be below 500 and, when an error, JSON with a non-empty {@code error.code}; a
 * refusal must write nothing (checked by reading back what the route would have written).
 *
 * <p>Each property tries {@code podium.fuzz.tries} cases (e2e/pom.xml: 260, so 2,080 a run for the 8 properties;
 * the profile {@code fuzz-long} 2,500, so 20,000), each property with a company of its own ({@link FuzzCompany}).
 * The cases come from the seed {@code podium.fuzz.seed}, random when not given; it is printed first and in every
 * failure, and {@code -Dpodium.fuzz.seed=N} makes the same cases again. A failure names the case that failed (the
 * cases are not shrunk). The count of every case tried is printed when the class ends.
 */
@ExtendWith(SharedPodium.class)
class FuzzIT {
    private static final String TRIES_PROPERTY = "podium.fuzz.tries";
    private static final String SEED_PROPERTY = "podium.fuzz.seed";
    private static final int TRIES = Integer.getInteger(TRIES_PROPERTY, 260);
    private static final long SEED = Long.getLong(SEED_PROPERTY, new SecureRandom().nextLong());
    /**
     * Every how many refusals the route's writes are read back (a read costs more than the request fuzzed); the whole
     * company is read back after every property in any case. System property {@code podium.fuzz.readBackEvery}.
     */
    private static final int READ_BACK_EVERY = Integer.getInteger("podium.fuzz.readBackEvery", 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger WRITES_ON_REFUSAL = new AtomicInteger();
    private static final AtomicInteger READ_BACKS = new AtomicInteger();

    private String property;
    private FuzzCompany company;
    private Map<String, String> baseline;

    @BeforeAll
    static void announceTheSeed() {
        System.out.printf("FuzzIT: seed %d (-D%s=%d repeats this run), %d tries per property%n", SEED, SEED_PROPERTY, SEED, TRIES);
    }

    @BeforeEach
    void newCompany(LocalPodium podium, TestInfo test) {
        property = test.getTestMethod().orElseThrow().getName();
        company = FuzzCompany.create(podium);
        baseline = company.snapshot(null);
    }

    /** Whatever the sampling, every property ends with the whole company read back. */
    @AfterEach
    void nothingWrittenByTheProperty() {
        assertNothingWritten(company.snapshot(null), "the property's refused requests");
    }

    @AfterAll
    static void report() {
        System.out.printf("FuzzIT: seed %d, %d tries per property; %d cases tried, %d server errors, %d writes on refusal"
                + " (%d read-backs)%n", SEED, TRIES, TRIED.get(), SERVER_ERRORS.get(), WRITES_ON_REFUSAL.get(), READ_BACKS.get());
    }

    // ------------------------------------------------------------------ properties

    /** Arbitrary bytes and strings as bodies. */
    @Test
    void arbitraryBodies() {
        forAll(FuzzCases::arbitrary, c -> {
            Response r = send(c);
            Integer days = c.route() == FuzzRoute.SETTINGS ? SettingsOracle.settingsDays(c.body()) : null;
            if (days == null) {
                assertRefusedAndNothingWritten(c, r);
            } else {
                assertSettingsChanged(c, r, days);
            }
        });
    }

    /** A valid body with one field of the wrong JSON type. */
    @Test
    void wrongTypes() {
        forAll(FuzzCases::wrongType, c -> assertRefusedAndNothingWritten(c, send(c)));
    }

    /** Numbers out of range or not integers where integers are due: 1e400, 2^63, -0.0, 3,000 digits, NaN text. */
    @Test
    void hugeNumbers() {
        forAll(FuzzCases::hugeNumber, c -> assertRefusedAndNothingWritten(c, send(c)));
    }

    /** Numbers of every kind for autoFinalizeAfterDays: accepted exactly when an integer from 0 to 365. */
    @Test
    void settingsNumbers() {
        forAll(random -> {
            String literal = FuzzCases.settingsNumber(random);
            return new FuzzCase(FuzzRoute.SETTINGS, null,
                    ("{\"autoFinalizeAfterDays\":" + literal + "}").getBytes(StandardCharsets.UTF_8), "application/json", null,
                    "number " + literal);
        }, c -> {
            Response r = send(c);
            Integer days = SettingsOracle.settingsDays(c.body());
            if (days == null) {
                assertRefusedAndNothingWritten(c, r);
            } else {
                assertSettingsChanged(c, r, days);
            }
        });
    }

    /** Strings over their limit, up to about 300 KB of body. */
    @Test
    void longStrings() {
        forAll(FuzzCases::longString, c -> assertRefusedAndNothingWritten(c, send(c)));
    }

    /** Control characters and NUL (escaped and raw), unicode (emoji, RTL, combining, fullwidth) where rules forbid them. */
    @Test
    void controlCharactersAndUnicode() {
        forAll(FuzzCases::controlAndUnicode, c -> assertRefusedAndNothingWritten(c, send(c)));
    }

    /** Duplicate keys, deep nesting (65 to 10,000 levels) and broken JSON syntax. */
    @Test
    void duplicateKeysDeepNestingAndBrokenJson() {
        forAll(FuzzCases::structure, c -> {
            Response r = send(c);
            assertRefusedAndNothingWritten(c, r);
            assertEquals(400, r.status(), c + " -> " + r);
            assertEquals(c.route().brokenJsonCode(), r.errorCode(), c + " -> " + r);
        });
    }

    /** Valid bodies on odd paths: encoded slashes, dot segments, very long and unicode ids, other companies. */
    @Test
    void oddPaths() {
        forAll(FuzzCases::oddPath, c -> assertRefusedAndNothingWritten(c, send(c)));
    }

    // ------------------------------------------------------------------ running and checking cases

    /**
     * Checks {@link #TRIES} cases of {@code cases}, drawn from the run's seed and the property's name (so that a
     * property's cases do not depend on which properties run before it), and stops at the first that fails.
     */
    private void forAll(Generator<FuzzCase> cases, Consumer<FuzzCase> check) {
        SeededRandom random = new SeededRandom(SEED ^ property.hashCode());
        for (int tried = 1; tried <= TRIES; tried++) {
            FuzzCase c = null;
            try {
                c = cases.next(random);
                check.accept(c);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(String.format("FuzzIT.%s failed at case %d of %d, seed %d (-D%s=%d repeats it): %s%n%s",
                        property, tried, TRIES, SEED, SEED_PROPERTY, SEED, c, failure.getMessage()), failure);
            }
        }
        System.out.printf("FuzzIT.%s: %d cases passed%n", property, TRIES);
    }

    private Response send(FuzzCase c) {
        TRIED.incrementAndGet();
        Response r = company.send(c);
        if (r.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        return r;
    }

    /** A settings body the handler must accept: 200, and the days read back (-1 for null). */
    private void assertSettingsChanged(FuzzCase c, Response r, int days) {
        assertEquals(200, r.status(), c + " -> " + r);
        JsonNode now = company.settings().get("autoFinalizeAfterDays");
        assertEquals(days == -1 ? null : days, now.isNull() ? null : now.asInt(), c.toString());
        baseline = company.snapshot(null);
    }

    private void assertRefusedAndNothingWritten(FuzzCase c, Response r) {
        assertTrue(r.status() < 500, () -> "server error: " + c + " -> " + r);
        assertTrue(r.status() >= 400, () -> "accepted an invalid request: " + c + " -> " + r);
        JsonNode json;
        try {
            json = JSON.readTree(r.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + c + " -> " + r, e);
        }
        // Podium's envelope, or Playoff's body on its routes.
        JsonNode code = c.route().playoff() && c.pathOverride() == null ? json.path("error") : json.path("error").path("code");
        assertTrue(code.isTextual() && !code.textValue().isEmpty(), () -> "no error code: " + c + " -> " + r);
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), () -> c + " -> " + r);
        if (TRIED.get() % READ_BACK_EVERY == 0) {
            // A refusal on an odd path might have reached any route; otherwise the route's own writes are read back.
            assertNothingWritten(company.snapshot(c.pathOverride() == null ? c.route() : null), c + " -> " + r);
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
}
