package io.podium.tokens;

/** What the Tokens table keeps under a presented value's id: a token, or an access token issued for one. */
public sealed interface Credential permits Token, AccessToken {
    String id();

    String hash();
}
