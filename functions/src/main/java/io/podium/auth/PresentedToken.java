package io.podium.auth;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The token a request presents, from wherever it came: the {@code x-icmr-auth-1} header (instantCMR's),
 * {@code Authorization: Bearer} (RFC 6750 §2.1, on every route) or {@code ?access_token=} (§2.3, which the caller
 * passes only for Playoff's routes). Exactly one of {@code token} and {@code problem} is present.
 */
public record PresentedToken(Optional<String> token, Optional<CredentialProblem> problem) {
    private static final String BEARER = "bearer ";

    public PresentedToken {
        if (token.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("a presented token is either a value or a problem");
        }
    }

    /**
     * @param apiHeader     the x-icmr-auth-1 header
     * @param authorization the Authorization header; a scheme other than Bearer carries no token
     * @param queryToken    the access_token query parameter, where a route accepts it
     */
    public static PresentedToken of(Optional<String> apiHeader, Optional<String> authorization,
                                    Optional<String> queryToken) {
        Optional<String> bearer = authorization
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip());
        // The same value sent twice is one token; two different ones leave the caller in doubt.
        var values = Stream.of(apiHeader, bearer, queryToken)
                .flatMap(Optional::stream)
                .filter(value -> !value.isBlank())
                .distinct()
                .toList();
        if (values.isEmpty()) {
            return new PresentedToken(Optional.empty(), Optional.of(CredentialProblem.MISSING));
        }
        if (values.size() > 1) {
            return new PresentedToken(Optional.empty(), Optional.of(CredentialProblem.CONFLICTING));
        }
        return new PresentedToken(Optional.of(values.get(0)), Optional.empty());
    }
}
