package io.podium.invites;

import java.time.Instant;
import java.util.Optional;

/**
 * A pending invitation to a company's game: one per email, holding the digest of its one-time code (never the code),
 * by whose first 20 hex digits ({@code codeId}) the code's holder finds it. It lives until {@code expires}.
 */
public record Invite(String copid, String email, Optional<String> alias, Optional<String> playerId, String codeId,
                     String codeHash, Instant created, Instant expires) {
    public boolean isExpiredAt(Instant now) {
        return !expires.isAfter(now);
    }
}
