package io.podium.tokens;

/** A freshly created token together with its secret value, which is shown this once and never stored. */
public record IssuedToken(Token token, String secret) {
}
