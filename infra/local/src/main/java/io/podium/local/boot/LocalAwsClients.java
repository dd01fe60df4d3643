package io.podium.local.boot;

import io.podium.local.template.Intrinsics;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;

/**
 * SDK clients for the runtime's own work (creating tables and queues, polling queues). Everything is explicit, so
 * they never depend on the system properties the runtime sets for the functions.
 */
public final class LocalAwsClients {
    static final String ACCESS_KEY_ID = "local";
    static final String SECRET_ACCESS_KEY = "local";

    private LocalAwsClients() {
    }

    /**
     * An engine the runtime is given may be real DynamoDB in a test account, which needs real credentials: when the
     * environment names some, the runtime and the functions use them rather than the local ones.
     */
    static boolean environmentNamesCredentials() {
        return System.getenv("AWS_ACCESS_KEY_ID") != null || System.getenv("AWS_PROFILE") != null;
    }

    static DynamoDbClient dynamoDb(LocalEndpoints endpoints) {
        return dynamoDb(endpoints.dynamoDb(), endpoints.environmentCredentials());
    }

    /** @param environmentCredentials whether the endpoint wants the credentials the environment names */
    static DynamoDbClient dynamoDb(URI endpoint, boolean environmentCredentials) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(Intrinsics.REGION))
                .credentialsProvider(environmentCredentials ? DefaultCredentialsProvider.builder().build()
                        : credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static SqsClient sqs(URI endpoint) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(Intrinsics.REGION))
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }
}
