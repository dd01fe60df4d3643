package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.podium.adapters.dynamodb.ContentionBackoff;
import io.podium.adapters.dynamodb.DynamoDbScoreStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.api.scores.GetScoresHandler;
import io.podium.api.scores.SubmitScoresHandler;
import io.podium.json.Json;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static io.podium.handlers.Fixtures.inCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB throttling and 5xx, injected into the SDK's attempts: a passing fault is retried by the SDK and
 * the batch lands; a lasting one is answered 503 with a JSON error; either way never half a batch.
 */
@ExtendWith(InProcessPodium.class)
class DynamoDbFaultsTest {
    /** Fails the first {@code failures} transmission attempts of TransactWriteItems as DynamoDB would. */
    private static final class FailingAttempts implements ExecutionInterceptor {
        private final AtomicInteger remaining;
        private final int status;
        private final String code;

        FailingAttempts(int failures, int status, String code) {
            this.remaining = new AtomicInteger(failures);
            this.status = status;
            this.code = code;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (context.request() instanceof TransactWriteItemsRequest && remaining.getAndDecrement() > 0) {
                throw DynamoDbException.builder().statusCode(status)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("injected " + code).build())
                        .message("injected " + code).build();
            }
        }
    }

    private static APIGatewayProxyResponseEvent submit(String copid, DynamoDbClient dynamo) {
        APIGatewayProxyRequestEvent event = inCompany(EventLoader.loadApiGatewayRestEvent("../events/submit-scores.json"), copid);
        return new SubmitScoresHandler(new DynamoDbScoreStore(dynamo, Tables.scores(), Tables.metrics(), ContentionBackoff.DEFAULT),
                Clock.systemUTC()).handleRequest(event, null);
    }

    private static int storedStatus(String copid) {
        APIGatewayProxyRequestEvent get = inCompany(EventLoader.loadApiGatewayRestEvent("../events/get-scores.json"), copid);
        return new GetScoresHandler().handleRequest(get, null).getStatusCode();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThrottlingException", "ProvisionedThroughputExceededException", "InternalServerError"})
    void aPassingFaultIsRetriedByTheSdk(String code) {
        String copid = newCompany();
        int status = code.equals("InternalServerError") ? 500 : 400;
        APIGatewayProxyResponseEvent response = submit(copid, Faults.dynamoDb(new FailingAttempts(1, status, code)));
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(200, storedStatus(copid));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThrottlingException", "ProvisionedThroughputExceededException", "InternalServerError"})
    void aLastingFaultIs503AndWritesNothing(String code) {
        String copid = newCompany();
        int status = code.equals("InternalServerError") ? 500 : 400;
        APIGatewayProxyResponseEvent response = submit(copid, Faults.dynamoDb(new FailingAttempts(Integer.MAX_VALUE, status, code)));
        assertEquals(503, response.getStatusCode(), response.getBody());
        assertEquals("busy", Json.read(response.getBody()).get("error").get("code").asText());
        assertTrue(response.getHeaders().containsKey("Retry-After"));
        assertTrue(!response.getBody().contains("injected"), "the error must not echo the exception: " + response.getBody());
        assertEquals(404, storedStatus(copid), "nothing may be written, not even the metric");
    }
}
