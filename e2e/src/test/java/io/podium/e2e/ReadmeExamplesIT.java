package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every curl example of docs/api.md (they were README.md's, hence the name), in order, against a fresh
 * runtime, and compares its output with the answer printed under it. Values that differ on every run (ids,
 * tokens, times) are compared by presence only, and times by their layout too.
 */
class ReadmeExamplesIT {
    /** {@code event} too: a revert answers the id of each event it was asked for. */
    private static final Set<String> VOLATILE = Set.of("id", "token", "createdAt", "updatedAt", "revokedAt", "version",
            "created_at", "updated_at", "achieved_at", "access_token", "created", "updated", "timestamp",
            "event", "by", "at", "expires");
    /** Volatile too, but their layout is part of the contract: three fractional digits, or the EASI'R seed's form. */
    private static final Set<String> TIMES = Set.of("createdAt", "updatedAt", "revokedAt", "created_at", "updated_at",
            "achieved_at", "created", "updated", "timestamp", "at", "expires");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Example(String command, String language, String expected) {
    }

    @Test
    void everyCurlExampleAnswersAsPrinted() throws Exception {
        Path root = Path.of(System.getProperty("podium.root", ".."));
        List<Example> examples = examples(root.resolve("docs/api.md"));
        assertTrue(examples.size() >= 10, "docs/api.md lost its examples: " + examples.size());
        // A curl example put back in the README would not be run: keep them all in docs/api.md.
        assertEquals(List.of(), examples(root.resolve("README.md")), "README.md has curl examples; move them to docs/api.md");

        // The template's own limits, as a newcomer's runtime has them.
        try (LocalPodium podium = LocalPodium.inMemory(Map.of())) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "PODIUM", podium.http().baseUrl(), "ADMIN", podium.adminToken()));
            for (Example example : examples) {
                String output = runUntilAnswered(example, env);
                if (example.language().equals("json")) {
                    JsonNode actual = JSON.readTree(output);
                    if (actual.has("token") && actual.has("id")) {
                        env.put("TOKEN", actual.get("token").asText());
                        env.put("TOKEN_ID", actual.get("id").asText());
                    }
                    // An invitation's code, and the join request its acceptance made.
                    if (actual.path("code").asText().startsWith("inv_")) {
                        env.put("CODE", actual.get("code").asText());
                    }
                    if (actual.has("request")) {
                        env.put("REQUEST_ID", actual.get("request").get("id").asText());
                    }
                    if (actual.has("access_token")) {
                        env.put("ACCESS_TOKEN", actual.get("access_token").asText());
                    }
                    if (actual.has("team_id")) {
                        env.put("RANK_ID", actual.get("id").asText());
                    }
                    // A rule's evaluation: the event a revert takes.
                    JsonNode event = actual.path(0).path(0).path("events").path("local").path(0).path("id");
                    if (event.isTextual()) {
                        env.put("EVENT_ID", event.asText());
                    }
                }
            }
        }
    }

    /** Each ```sh block that starts with curl, with the fenced answer right after it. */
    static List<Example> examples(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```sh") || !lines.get(i + 1).startsWith("curl ")) {
                continue;
            }
            StringBuilder command = new StringBuilder();
            int j = i + 1;
            for (; !lines.get(j).equals("```"); j++) {
                command.append(lines.get(j)).append('\n');
            }
            int k = j + 1;
            while (lines.get(k).isBlank()) {
                k++;
            }
            String fence = lines.get(k);
            assertTrue(fence.equals("```json") || fence.equals("```text"), "no answer printed under: " + command);
            StringBuilder expected = new StringBuilder();
            for (k++; !lines.get(k).equals("```"); k++) {
                expected.append(lines.get(k)).append('\n');
            }
            examples.add(new Example(command.toString(), fence.substring(3), expected.toString()));
            i = k;
        }
        return examples;
    }

    /**
     * Runs the example and checks its answer. Leaderboards are recomputed in the background, so a read
     * (a command without -X) is repeated for a while until it answers as printed.
     */
    private static String runUntilAnswered(Example example, Map<String, String> env) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(example.command().contains(" -X ") ? 0 : 20));
        while (true) {
            String output = run(example.command(), env);
            try {
                if (example.language().equals("json")) {
                    assertSameShape(JSON.readTree(example.expected()), JSON.readTree(output), example.command());
                } else {
                    assertEquals(example.expected().strip(), output.strip(), example.command());
                }
                return output;
            } catch (AssertionError mismatch) {
                if (Instant.now().isAfter(deadline)) {
                    throw mismatch;
                }
                LocalPodium.pause(Duration.ofMillis(200));
            }
        }
    }

    /**
     * Runs the command as printed, with curl wrapped to also record its arguments and the answer's headers, so that
     * every answer is checked against openapi.yaml as {@link Http} checks the answers of the other tests.
     */
    private static String run(String command, Map<String, String> env) throws Exception {
        Path trace = Files.createTempDirectory(Path.of(System.getProperty("podium.root", "..")).resolve("e2e/target"), "curl-");
        String wrapper = "curl() { printf '%s\\n' \"$@\" > \"$CURL_TRACE/args\"; command curl -D \"$CURL_TRACE/headers\" \"$@\"; }\n";
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", wrapper + command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("CURL_TRACE", trace.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), command + "\n" + output);
        checkAgainstOpenApi(trace, command.contains("-o /dev/null") ? "" : output, env.get("PODIUM"));
        return output;
    }

    private static void checkAgainstOpenApi(Path trace, String body, String baseUrl) throws IOException {
        List<String> args = Files.readAllLines(trace.resolve("args"), StandardCharsets.UTF_8);
        int x = args.indexOf("-X");
        String method = x >= 0 ? args.get(x + 1) : "GET";
        String url = args.stream().filter(arg -> arg.startsWith(baseUrl)).findFirst().orElseThrow();
        String statusLine = Files.readAllLines(trace.resolve("headers"), StandardCharsets.ISO_8859_1).stream()
                .filter(line -> line.startsWith("HTTP/")).reduce((first, last) -> last).orElseThrow();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        OpenApiValidator.instance().check(method, URI.create(url), status, body);
    }

    static void assertSameShape(JsonNode expected, JsonNode actual, String where) {
        if (expected.isObject()) {
            assertTrue(actual.isObject(), where + ": expected an object, got " + actual);
            assertEquals(fieldNames(expected), fieldNames(actual), where);
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (VOLATILE.contains(name) || isInvitationCode(expected.get(name))) {
                    assertEquals(expected.get(name).isNull(), actual.get(name).isNull(), where + ": " + name);
                    if (TIMES.contains(name) && !expected.get(name).isNull()) {
                        assertEquals(layout(expected.get(name)), layout(actual.get(name)), where + ": " + name);
                    }
                } else {
                    assertSameShape(expected.get(name), actual.get(name), where);
                }
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), where + ": " + actual);
            for (int i = 0; i < expected.size(); i++) {
                assertSameShape(expected.get(i), actual.get(i), where);
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }

    /** An invitation's one-time code, new on every run (a field named {@code code} is an error's code elsewhere). */
    private static boolean isInvitationCode(JsonNode value) {
        return value.isTextual() && value.asText().startsWith("inv_");
    }

    /** A time with its digits blanked: the printed example and the answer must agree on everything else. */
    private static String layout(JsonNode time) {
        return time.asText().replaceAll("[0-9]", "0");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
