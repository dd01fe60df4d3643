package io.podium.http;

import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.errors.Forbidden;
import io.podium.errors.InvalidInput;
import io.podium.errors.Unauthenticated;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which callers a route admits, checked by every function after the authorizer. The authorizer already
 * bounds a token to its company's paths; checking again here keeps a misconfigured gateway from leaking
 * data, and is where scopes are enforced (an authorizer decision is cached across routes).
 */
public sealed interface Access {
    // The rules the routes use, named once, so that who may call what reads the same in every handler.

    /** Company administration: the Hub's scope. */
    Access HUB = company(Scope.HUB);
    /** A company's definitions, boards and stream: read or hub. */
    Access READ_OR_HUB = company(Scope.READ, Scope.HUB);
    /** A company's raw data, its scores and metrics: read. */
    Access READ = company(Scope.READ);
    Access SCORES_WRITE = company(Scope.SCORES_WRITE);
    Access SCORES_FINALIZE = company(Scope.SCORES_FINALIZE);
    /** Correcting a finalized day, on the record. */
    Access SCORES_CORRECT = company(Scope.SCORES_CORRECT);
    /** The record of corrections: read, or the scope that makes them. */
    Access READ_OR_SCORES_CORRECT = company(Scope.READ, Scope.SCORES_CORRECT);
    /** A driver's own data, or anyone's for read or hub. */
    Access DRIVER_OR_READ_OR_HUB = companyOrDriver(Scope.READ, Scope.HUB);
    /** Acting as a driver (a driver token as itself), or for anyone with hub. */
    Access DRIVER_OR_HUB = companyOrDriver(Scope.HUB);
    /** Playoff's game routes that change the game: game, or hub (the Hub's screens). The company is the token's. */
    Access GAME = tokenCompany(Scope.GAME, Scope.HUB);
    /** Playoff's game routes that only read: game, hub or read. */
    Access GAME_READ = tokenCompany(Scope.GAME, Scope.HUB, Scope.READ);
    /** Platform administration: tokens. */
    Access PLATFORM_ADMIN = platform(Scope.ADMIN);
    /** No token: health and the Hub's files. */
    Access OPEN = open();
    /** EASI'R's routes about "me": a driver token (or an access token obtained with one), whose driver is the user. */
    Access SIGNED_IN_DRIVER = new SignedInDriver();

    // The EASI'R features served at a path naming the company and at EASI'R's own, of the signed-in user.

    /** A driver's badges and level: read or hub, or that driver; at EASI'R's path, the signed-in driver's own. */
    Access EASIR_ME = perRoute(DRIVER_OR_READ_OR_HUB, SIGNED_IN_DRIVER);
    /** A high-five: hub for any driver, or a driver token as itself; at EASI'R's path, the signed-in driver. */
    Access EASIR_HIGH_FIVE = perRoute(DRIVER_OR_HUB, SIGNED_IN_DRIVER);
    /** Rank definitions: read or hub; at EASI'R's path, any signed-in user too. */
    Access EASIR_DEFINITIONS = perRoute(READ_OR_HUB, signedIn(Scope.READ, Scope.HUB));
    /** Boards and the stream: read or hub, or a driver token; at EASI'R's path, any signed-in user. */
    Access EASIR_SHARED = perRoute(DRIVER_OR_READ_OR_HUB, signedIn(Scope.READ, Scope.HUB));
    /** Ranks' administration: hub. */
    Access EASIR_ADMIN = perRoute(HUB, tokenCompany(Scope.HUB));

    /** The caller, or a refusal. */
    Optional<Caller> check(ApiRequest request);

    /** No token needed (health). */
    static Access open() {
        return new Open();
    }

    /**
     * A token of the company named by the {copid} path parameter, holding any of {@code anyOf}. A driver token holds
     * none of them: it is refused insufficient_scope.
     */
    static Access company(Scope... anyOf) {
        return new Company(List.of(anyOf));
    }

    /**
     * As {@link #company}, or a driver token of that company. On a route with a {userxtid} path parameter, a driver
     * token must be that driver's.
     */
    static Access companyOrDriver(Scope... anyOf) {
        return new CompanyOrDriver(List.of(anyOf));
    }

    /**
     * A company token holding any of {@code anyOf}, on a route that names no company: the company is the token's, so
     * no other company's can be named. A driver token holds none of them.
     */
    static Access tokenCompany(Scope... anyOf) {
        return new TokenCompany(List.of(anyOf));
    }

    /**
     * On a route of EASI'R's signed-in user (no company in the path, it is the token's): a driver token of the company,
     * or a company token holding any of {@code anyOf}.
     */
    static Access signedIn(Scope... anyOf) {
        return new SignedIn(List.of(anyOf));
    }

    /**
     * A feature served at two paths: one naming its company ({copid}), checked by {@code companyPath}, and EASI'R's,
     * of the signed-in user, checked by {@code signedIn}.
     */
    static Access perRoute(Access companyPath, Access signedIn) {
        return new PerRoute(companyPath, signedIn);
    }

    /** A platform token holding {@code scope}. */
    static Access platform(Scope scope) {
        return new Platform(List.of(scope));
    }

    record Open() implements Access {
        @Override
        public Optional<Caller> check(ApiRequest request) {
            return Optional.empty();
        }
    }

    record Company(List<Scope> anyOf) implements Access {
        public Company {
            requireNoDriverScope(anyOf);
        }

        @Override
        public Optional<Caller> check(ApiRequest request) {
            return Optional.of(requireAnyScope(ofPathCompany(request), anyOf));
        }
    }

    record CompanyOrDriver(List<Scope> anyOf) implements Access {
        public CompanyOrDriver {
            requireNoDriverScope(anyOf);
        }

        @Override
        public Optional<Caller> check(ApiRequest request) {
            Caller caller = ofPathCompany(request);
            if (caller.driver().isEmpty()) {
                return Optional.of(requireAnyScope(caller, anyOf));
            }
            // On a route without {userxtid}, what a driver may see is the handler's to decide.
            if (!request.optionalPathParameter("userxtid").map(caller.driver().get()::equals).orElse(true)) {
                throw new Forbidden("forbidden", "This token may only access its own driver.");
            }
            return Optional.of(caller);
        }
    }

    record TokenCompany(List<Scope> anyOf) implements Access {
        public TokenCompany {
            requireNoDriverScope(anyOf);
        }

        @Override
        public Optional<Caller> check(ApiRequest request) {
            Caller caller = requireAnyScope(authenticated(request), anyOf);
            if (caller.copid().isEmpty()) {
                throw new Forbidden("forbidden", "This route needs a company's token.");
            }
            return Optional.of(caller);
        }
    }

    record SignedIn(List<Scope> anyOf) implements Access {
        public SignedIn {
            requireNoDriverScope(anyOf);
        }

        /** A driver token of any company is its own company's signed-in user; any other token is a company's. */
        @Override
        public Optional<Caller> check(ApiRequest request) {
            Caller caller = authenticated(request);
            return caller.driver().isPresent() ? Optional.of(caller) : new TokenCompany(anyOf).check(request);
        }
    }

    record SignedInDriver() implements Access {
        @Override
        public Optional<Caller> check(ApiRequest request) {
            Caller caller = authenticated(request);
            if (caller.driver().isEmpty()) {
                throw new Forbidden("driver_token_required",
                        "This route is about the signed-in user: send a driver token, or an access token obtained with one.");
            }
            return Optional.of(caller);
        }
    }

    record PerRoute(Access companyPath, Access signedIn) implements Access {
        @Override
        public Optional<Caller> check(ApiRequest request) {
            return (request.isSignedInRoute() ? signedIn : companyPath).check(request);
        }
    }

    record Platform(List<Scope> anyOf) implements Access {
        @Override
        public Optional<Caller> check(ApiRequest request) {
            return Optional.of(requireAnyScope(authenticated(request), anyOf));
        }
    }

    private static Caller authenticated(ApiRequest request) {
        Optional<Caller> caller = request.caller();
        if (caller.isPresent()) {
            return caller.get();
        }
        switch (request.credentialProblem()) {
            case CONFLICTING:
                throw new InvalidInput("invalid_request", "Different tokens were sent in different places; send one.",
                        List.of());
            case INVALID:
                throw new Unauthenticated("unauthorized", "Unknown, expired or revoked authentication token.",
                        Unauthenticated.Challenge.BEARER_INVALID_TOKEN);
            default:
                throw new Unauthenticated("unauthorized",
                        "No authentication token: send it in x-icmr-auth-1 or as Authorization: Bearer.",
                        Unauthenticated.Challenge.BEARER);
        }
    }

    private static Caller ofPathCompany(ApiRequest request) {
        Caller caller = authenticated(request);
        String copid = request.pathParameter("copid");
        if (caller.copid().filter(copid::equals).isEmpty()) {
            throw new Forbidden("forbidden", "This token may not access this company.");
        }
        return caller;
    }

    /** A driver token admitted by its scope alone could read every driver: {@link #companyOrDriver} confines it. */
    private static void requireNoDriverScope(List<Scope> anyOf) {
        if (anyOf.contains(Scope.DRIVER)) {
            throw new IllegalArgumentException("driver tokens are admitted by companyOrDriver, not by scope");
        }
    }

    private static Caller requireAnyScope(Caller caller, List<Scope> anyOf) {
        if (anyOf.stream().anyMatch(caller::has)) {
            return caller;
        }
        String names = anyOf.stream().map(Scope::wireName).collect(Collectors.joining(" or "));
        throw new Forbidden("insufficient_scope", "This token lacks the scope " + names + ".");
    }
}
