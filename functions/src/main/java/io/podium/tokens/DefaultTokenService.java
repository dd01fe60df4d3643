package io.podium.tokens;

import io.podium.config.AwsClients;
import io.podium.gateway.ApiGatewayUsagePlanKeys;
import io.podium.store.DynamoDbTokenStore;

import java.time.Clock;

/** The token service on the configured Tokens table, for the functions' no-argument constructors. */
public final class DefaultTokenService {
    private DefaultTokenService() {
    }

    public static TokenService create() {
        return new TokenService(DynamoDbTokenStore.fromEnvironment(AwsClients.dynamoDb()),
                ApiGatewayUsagePlanKeys.fromEnvironment(), Clock.systemUTC());
    }
}
