package io.podium.local.boot;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.local.support.LocalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.podium.local.boot.CommandRun.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code invoke} on a data dir that no runtime serves, and the mistakes it reports before starting anything. Only the
 * health function is run here: the functions' SDK clients are made once per JVM, so every invocation that reaches
 * DynamoDB is left to {@link InvokeWhileServingIT}, whose runtime outlives them.
 */
class InvokeCommandTest {
    @TempDir
    Path dataDir;

    private CommandRun invoke(String stdin, String logicalId, String event) {
        return CommandRun.of(stdin, "invoke", logicalId, "-e", event, "--data-dir", dataDir.toString(),
                "--template", project("template.yaml"));
    }

    @Test
    void aFunctionRunsOnServicesOfItsOwnWhenNoRuntimeServesTheDataDir() throws Exception {
        CommandRun run = invoke("", "HealthFunction", project("events/health.json"));

        assertEquals(0, run.status(), run.stderr());
        assertTrue(run.stdout().endsWith("}\n") && run.stdout().lines().count() == 1, run.stdout());
        JsonNode response = LocalJson.MAPPER.readTree(run.stdout());
        assertEquals(200, response.get("statusCode").asInt());
        assertEquals("ok", LocalJson.MAPPER.readTree(response.get("body").asText()).get("status").asText());
        assertTrue(run.stderr().contains("with DynamoDB and ElasticMQ on " + dataDir), run.stderr());
        assertTrue(run.stderr().contains("[podium-local-HealthFunction] {\"level\":\"INFO\",\"message\":\"request\""),
                "the function's log goes to stderr: " + run.stderr());

        assertTrue(Files.isDirectory(dataDir.resolve("dynamodb")), "the tables are kept in the data dir");
        assertFalse(Files.exists(dataDir.resolve("endpoints.json")), "only serve publishes its endpoints");
        try (DataDirLock lock = DataDirLock.tryAcquire(dataDir).orElseThrow(() -> new AssertionError("still locked"))) {
            assertEquals(dataDir, lock.dataDir());
        }
    }

    @Test
    void anUnknownLogicalIdIsRefusedWithTheListOfFunctions() {
        CommandRun run = invoke("", "NoSuchFunction", project("events/health.json"));
        assertOneLineError(run, "podium-local: no resource NoSuchFunction in the template; its functions are"
                + " AuthorizerFunction, HealthFunction, ");
        assertFalse(Files.exists(dataDir.resolve("runtime.lock")), "nothing starts");
    }

    @Test
    void aResourceThatIsNotAFunctionIsRefused() {
        assertOneLineError(invoke("", "PodiumApi", project("events/health.json")),
                "podium-local: PodiumApi is an AWS::Serverless::Api, not an AWS::Serverless::Function; its functions are ");
    }

    @Test
    void aMissingEventFileIsRefused() {
        assertOneLineError(invoke("", "HealthFunction", project("events/no-such-event.json")),
                "podium-local: cannot read event file " + project("events/no-such-event.json") + ": no such file");
    }

    @Test
    void anEventThatIsNotJsonIsRefused() throws Exception {
        Path event = Files.writeString(dataDir.resolve("event.json"), "{\"path\": /health}");
        assertOneLineError(invoke("", "HealthFunction", event.toString()),
                "podium-local: event file " + event + " is not valid JSON: Unexpected character ('/' (code 47))");
        assertOneLineError(invoke("{} {}", "HealthFunction", "-"), "podium-local: the event on stdin is not valid JSON: ");
        assertOneLineError(invoke("", "HealthFunction", "-"), "podium-local: the event on stdin is empty");
    }

    @Test
    void aDataDirLockedByAProcessThatPublishesNoEndpointsIsNotShared() throws Exception {
        try (DataDirLock ignored = DataDirLock.acquire(dataDir)) {
            assertOneLineError(invoke("", "HealthFunction", project("events/health.json")),
                    "podium-local: data dir " + dataDir + " is in use by a podium-local process that publishes no endpoints");
        }
    }

    @Test
    void aCommandWithoutEventIsAUsageError() {
        CommandRun run = CommandRun.of("", "invoke", "HealthFunction");
        assertEquals(2, run.status());
        assertTrue(run.stderr().startsWith("podium-local: invoke needs -e EVENT_FILE"), run.stderr());
        assertTrue(run.stderr().contains("java -jar podium-local.jar invoke LOGICAL_ID -e EVENT_FILE"), run.stderr());
    }

    @Test
    void helpNamesInvokeNextToServe() {
        CommandRun run = CommandRun.of("", "--help");
        assertEquals(0, run.status());
        assertTrue(run.stdout().contains("podium-local.jar serve [--port 3000]"), run.stdout());
        assertTrue(run.stdout().contains("podium-local.jar invoke LOGICAL_ID -e EVENT_FILE [--data-dir .podium]"), run.stdout());
    }

    private static void assertOneLineError(CommandRun run, String start) {
        assertEquals(1, run.status(), run.stderr());
        assertEquals("", run.stdout());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().startsWith(start), run.stderr());
    }
}
