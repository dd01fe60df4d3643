package io.podium.wiring;

import io.podium.config.Env;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;

/**
 * The SDK clients of a function, created once per JVM (on Lambda: during init, so SnapStart snapshots
 * them). Endpoints are overridable for the local DynamoDB engine and ElasticMQ.
 */
public final class AwsClients {
    /**
     * Three attempts with jittered backoff: a passing throttle or 5xx is retried, a lasting one fails within
     * a second or two and is answered 503, instead of the legacy mode's long retries running into the API's
     * 29-second limit.
     */
    public static final RetryMode RETRY_MODE = RetryMode.STANDARD;

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbHolder.CLIENT;
    }

    public static SqsClient sqs() {
        return SqsHolder.CLIENT;
    }

    /** For the few signed calls made without a service client (API Gateway's management API). */
    public static SdkHttpClient http() {
        return Shared.HTTP;
    }

    public static Region region() {
        return Shared.REGION;
    }

    public static AwsCredentialsProvider credentials() {
        return Shared.CREDENTIALS;
    }

    private static final class Shared {
        static final SdkHttpClient HTTP = UrlConnectionHttpClient.builder().build();
        static final Region REGION = Region.of(Env.required("AWS_REGION"));
        static final AwsCredentialsProvider CREDENTIALS = credentials();

        /**
         * On Lambda, the one provider that applies, since walking the whole default chain costs cold start: the
         * container credentials endpoint for SnapStart functions (Lambda gives them no AWS_ACCESS_KEY_ID, so that
         * a restored snapshot never holds expired keys), else the environment variables.
         */
        private static AwsCredentialsProvider credentials() {
            if (Env.optional("AWS_LAMBDA_FUNCTION_NAME").isEmpty()) {
                return DefaultCredentialsProvider.builder().build();
            }
            if (Env.optional("AWS_CONTAINER_CREDENTIALS_FULL_URI").isPresent()) {
                return ContainerCredentialsProvider.builder().build();
            }
            return EnvironmentVariableCredentialsProvider.create();
        }
    }

    /** What every client shares: the one HTTP client, region, credentials and retries, and its endpoint override. */
    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configured(B builder,
                                                                                                    String endpoint) {
        builder.httpClient(Shared.HTTP).region(Shared.REGION).credentialsProvider(Shared.CREDENTIALS)
                .overrideConfiguration(c -> c.retryStrategy(RETRY_MODE));
        Env.optional(endpoint).map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static final class DynamoDbHolder {
        static final DynamoDbClient CLIENT = configured(DynamoDbClient.builder(), "DYNAMODB_ENDPOINT");
    }

    private static final class SqsHolder {
        static final SqsClient CLIENT = configured(SqsClient.builder(), "SQS_ENDPOINT");
    }
}
