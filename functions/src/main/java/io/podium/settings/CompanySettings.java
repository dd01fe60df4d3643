package io.podium.settings;

import java.time.Instant;
import java.util.Optional;

/** A company's settings document. {@code autoFinalizeAfterDays} empty means no automatic finalization. */
public record CompanySettings(String copid, Optional<Integer> autoFinalizeAfterDays, Instant updatedAt) {
}
