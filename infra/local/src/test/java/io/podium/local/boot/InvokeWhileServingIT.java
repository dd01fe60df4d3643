package io.podium.local.boot;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.local.support.LocalJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static io.podium.local.boot.CommandRun.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code invoke} while {@code serve} runs on the data dir: the project's own event fixtures, run against the tables of
 * the serving runtime, which it finds in the endpoints.json it publishes.
 */
class InvokeWhileServingIT {
    /** The token of the fixtures' x-icmr-auth-1 header, installed as the runtime's admin token. */
    private static final String FIXTURE_TOKEN = "pdm_example-token-value-not-a-real-secret";

    @TempDir
    static Path dataDir;
    private static LocalRuntime runtime;

    @BeforeAll
    static void serve() throws Exception {
        runtime = LocalRuntime.start(new ServeOptions(0, dataDir, false, Path.of(project("template.yaml")),
                OptionalInt.empty(), Map.of(), null), Optional.of(FIXTURE_TOKEN), AdminTokenBootstrap.PODIUM);
    }

    @AfterAll
    static void stop() {
        runtime.close();
        assertFalse(Files.exists(dataDir.resolve("endpoints.json")), "serve removes its endpoints when it stops");
    }

    private static CommandRun invoke(String stdin, String logicalId, String event) {
        return CommandRun.of(stdin, "invoke", logicalId, "-e", event, "--data-dir", dataDir.toString(),
                "--template", project("template.yaml"));
    }

    private static JsonNode response(CommandRun run) throws Exception {
        assertTrue(run.stdout().endsWith("\n") && run.stdout().lines().count() == 1, run.stdout());
        return LocalJson.MAPPER.readTree(run.stdout());
    }

    @Test
    void serveNamesItsServicesInTheDataDir() throws Exception {
        JsonNode endpoints = LocalJson.MAPPER.readTree(dataDir.resolve("endpoints.json").toFile());
        assertEquals(runtime.dynamoDbEndpoint().toString(), endpoints.get("dynamoDb").asText());
        assertEquals(runtime.sqsEndpoint().toString(), endpoints.get("sqs").asText());
        assertEquals(runtime.apiGatewayEndpoint().toString(), endpoints.get("apiGateway").asText());
    }

    @Test
    void theAuthorizerAnswersTheFixtureWithAnIamPolicy() throws Exception {
        CommandRun run = invoke("", "AuthorizerFunction", project("events/authorizer.json"));

        assertEquals(0, run.status(), run.stderr());
        assertTrue(run.stderr().contains("with the tables and queues of the runtime serving " + dataDir), run.stderr());
        JsonNode policy = response(run);
        assertEquals(policy.get("context").get("tokenId").asText(), policy.get("principalId").asText());
        assertEquals("admin", policy.get("context").get("scopes").asText());
        assertEquals("podium-platform-podium-local-000000000000", policy.get("usageIdentifierKey").asText());
        JsonNode statement = policy.get("policyDocument").get("Statement").get(0);
        assertEquals("Allow", statement.get("Effect").asText());
        assertEquals("arn:aws:execute-api:eu-west-1:123456789012:abcdef1234/v1/*/v3/igr/admin/*",
                statement.get("Resource").get(0).asText());
    }

    @Test
    void aThrownExceptionIsPrintedAsLambdaReportsIt() throws Exception {
        String notAnArn = Files.readString(Path.of(project("events/authorizer.json")))
                .replace("arn:aws:execute-api:eu-west-1:123456789012:abcdef1234/v1/POST/v3/igr/gamification/acme/scores", "not-an-arn");
        CommandRun run = invoke(notAnArn, "AuthorizerFunction", "-");

        assertEquals(1, run.status(), run.stderr());
        JsonNode error = response(run);
        assertEquals("not an execute-api method ARN: not-an-arn", error.get("errorMessage").asText());
        assertEquals("java.lang.IllegalArgumentException", error.get("errorType").asText());
        assertTrue(error.get("stackTrace").isArray());
        assertTrue(run.stderr().contains("[podium-local-AuthorizerFunction] invocation "), run.stderr());
    }

    @Test
    void scoresSubmittedByOneInvocationAreListedByTheNext() throws Exception {
        CommandRun submit = invoke("", "SubmitScoresFunction", project("events/submit-scores.json"));
        assertEquals(0, submit.status(), submit.stderr());
        JsonNode submitted = response(submit);
        assertEquals(200, submitted.get("statusCode").asInt());
        String metric = LocalJson.MAPPER.readTree(submitted.get("body").asText()).get("metric").asText();

        CommandRun list = invoke("", "ListMetricsFunction", project("events/list-metrics.json"));
        assertEquals(0, list.status(), list.stderr());
        JsonNode metrics = LocalJson.MAPPER.readTree(response(list).get("body").asText()).get("data");
        assertEquals(metric, metrics.get(0).get("metric").asText(), metrics.toString());
    }
}
