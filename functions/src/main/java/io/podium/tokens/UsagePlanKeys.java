package io.podium.tokens;

/**
 * API keys of the usage plan that throttles tokens. Each issued token is one key, so one busy integration is
 * throttled on its own instead of using up the whole stage's rate.
 */
public interface UsagePlanKeys {
    /** Creates an enabled key with {@code value} in the plan; its id. */
    String create(String name, String value);

    /** Deletes the key; one that is gone already is fine. */
    void delete(String keyId);
}
