package io.podium.tokens;

/**
 * The companies' API keys in the usage plans of the tiers. One key per company, not per token: API Gateway allows
 * 10,000 keys per account and Region and creates 5 a second, and neither limit can be raised.
 */
public interface UsagePlanKeys {
    /**
     * The id of the company's enabled key with {@code value}, a member of {@code tier}'s plan: created, or found when
     * an earlier or a concurrent call created it (API Gateway refuses a second key with the same value), so that
     * every caller gets the one key.
     */
    String ensure(String copid, String value, Tier tier);

    /** Makes the key a member of {@code tier}'s plan and of no other tier's. Repeating it is fine. */
    void moveTo(String keyId, Tier tier);
}
