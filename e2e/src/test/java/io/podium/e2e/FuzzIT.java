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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

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

    /**
     * Cases run on this many companies at once, each lane its own company (made alike) and its own baseline, so that
     * one lane's accepted settings never show as another's write. System property {@code podium.fuzz.lanes}.
     */
    private static final int LANES = Integer.getInteger("podium.fuzz.lanes", 2);
    /** The lane the current thread runs cases on. */
    private static final ThreadLocal<Lane> LANE = new ThreadLocal<>();

    /** A company cases run on, and what a reader saw of it before them. */
    private static final class Lane {
        final FuzzCompany company;
        Map<String, String> baseline;

        Lane(FuzzCompany company) {
            this.company = company;
            this.baseline = company.snapshot(null);
        }
    }

    private String property;
    private List<Lane> lanes;

    @BeforeAll
    static void announceTheSeed() {
        System.out.printf("FuzzIT: seed %d (-D%s=%d repeats this run), %d tries per property%n", SEED, SEED_PROPERTY, SEED, TRIES);
    }

    @BeforeEach
    void newCompanies(LocalPodium podium, TestInfo test) {
        property = test.getTestMethod().orElseThrow().getName();
        lanes = IntStream.range(0, LANES).mapToObj(lane -> new Lane(FuzzCompany.create(podium))).toList();
    }

    /** Whatever the sampling, every property ends with each lane's whole company read back. */
    @AfterEach
    void nothingWrittenByTheProperty() {
        for (Lane lane : lanes) {
            LANE.set(lane);
            try {
                assertNothingWritten(lane.company.snapshot(null), "the property's refused requests");
            } finally {
                LANE.remove();
            }
        }
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
     * Checks {@link #TRIES} cases of {@code cases}, drawn in order from the run's seed and the property's name (so that
     * a property's cases do not depend on which properties run before it, nor on which lane ran them), {@link #LANES}
     * at a time; a lane stops at its first failure, and the earliest failing case is the one reported.
     */
    private void forAll(Generator<FuzzCase> cases, Consumer<FuzzCase> check) {
        SeededRandom random = new SeededRandom(SEED ^ property.hashCode());
        int[] drawn = {0};
        Supplier<Optional<Map.Entry<Integer, FuzzCase>>> next = () -> {
            synchronized (drawn) {
                return drawn[0] == TRIES ? Optional.empty() : Optional.of(Map.entry(++drawn[0], cases.next(random)));
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Optional<AssertionError>>> running = new ArrayList<>();
            lanes.forEach(lane -> running.add(pool.submit(() -> runLane(lane, next, check))));
            Optional<AssertionError> earliest = Optional.empty();
            for (Future<Optional<AssertionError>> lane : running) {
                Optional<AssertionError> failed = lane.get();
                if (failed.isPresent() && (earliest.isEmpty() || caseOf(failed.get()) < caseOf(earliest.get()))) {
                    earliest = failed;
                }
            }
            if (earliest.isPresent()) {
                throw earliest.get();
            }
        } catch (InterruptedException | ExecutionException broken) {
            throw new IllegalStateException("a lane of FuzzIT." + property + " broke", broken);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("FuzzIT.%s: %d cases passed%n", property, TRIES);
    }

    /** A failure and the number of the case it failed at. */
    private static final class CaseFailure extends AssertionError {
        final int tried;

        CaseFailure(int tried, String message, Throwable cause) {
            super(message, cause);
            this.tried = tried;
        }
    }

    private static int caseOf(AssertionError failure) {
        return ((CaseFailure) failure).tried;
    }

    private Optional<AssertionError> runLane(Lane lane, Supplier<Optional<Map.Entry<Integer, FuzzCase>>> next,
                                             Consumer<FuzzCase> check) {
        LANE.set(lane);
        try {
            for (Optional<Map.Entry<Integer, FuzzCase>> drawn = next.get(); drawn.isPresent(); drawn = next.get()) {
                FuzzCase c = drawn.get().getValue();
                try {
                    check.accept(c);
                } catch (AssertionError | RuntimeException failure) {
                    return Optional.of(new CaseFailure(drawn.get().getKey(), String.format(
                            "FuzzIT.%s failed at case %d of %d, seed %d (-D%s=%d repeats it): %s%n%s", property,
                            drawn.get().getKey(), TRIES, SEED, SEED_PROPERTY, SEED, c, failure.getMessage()), failure));
                }
            }
            return Optional.empty();
        } finally {
            LANE.remove();
        }
    }

    private Response send(FuzzCase c) {
        TRIED.incrementAndGet();
        Response r = LANE.get().company.send(c);
        if (r.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        return r;
    }

    /** A settings body the handler must accept: 200, and the days read back (-1 for null). */
    private void assertSettingsChanged(FuzzCase c, Response r, int days) {
        assertEquals(200, r.status(), c + " -> " + r);
        Lane lane = LANE.get();
        JsonNode now = lane.company.settings().get("autoFinalizeAfterDays");
        assertEquals(days == -1 ? null : days, now.isNull() ? null : now.asInt(), c.toString());
        lane.baseline = lane.company.snapshot(null);
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
            assertNothingWritten(LANE.get().company.snapshot(c.pathOverride() == null ? c.route() : null), c + " -> " + r);
        }
    }

    private void assertNothingWritten(Map<String, String> now, String after) {
        READ_BACKS.incrementAndGet();
        Map<String, String> baseline = LANE.get().baseline;
        now.forEach((what, state) -> {
            if (!state.equals(baseline.get(what))) {
                WRITES_ON_REFUSAL.incrementAndGet();
                fail("a refused request wrote " + what + ": " + after + "\nbefore: " + baseline.get(what) + "\nafter:  " + state);
            }
        });
    }
}
