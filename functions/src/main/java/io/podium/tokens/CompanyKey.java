package io.podium.tokens;

import java.util.Optional;

/**
 * A company's API key, which every token of the company names as its usage identifier, so that API Gateway
 * throttles the company as one, in its tier's usage plan. {@code value} is random and claimed in the Tokens table
 * before the key exists; {@code apiKeyId} is API Gateway's id for it, once it has been created.
 */
public record CompanyKey(String copid, String value, Tier tier, Optional<String> apiKeyId) {
}
