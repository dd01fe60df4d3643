package io.podium.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podium.config.Env;
import io.podium.local.boot.EmbeddedPodium;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scenario 1: batches of 50 scores over HTTP through the local runtime (authorizer, function, the local
 * DynamoDB engine), against a baseline that sends the same TransactWriteItems straight to the same engine
 * with the raw SDK, in the same run and with the same number of client threads.
 */
final class IngestBench {
    private static final int THREADS = 4;
    private static final int BATCH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestBench() {
    }

    static Map<String, Object> run(EmbeddedPodium podium, int batchesPerThread) throws Exception {
        String copid = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String token = companyToken(podium, copid);
        HttpClient http = HttpClient.newHttpClient();
        // Warm-up: class loading, JIT, and the authorizer's cached decision, as in steady state.
        timed(THREADS, 10, (thread, batch) -> post(http, podium, copid, token, thread, batch + 100_000));

        CapacityMeter.Recording httpRecording = CapacityMeter.startAllThreads();
        Timing httpTiming = timed(THREADS, batchesPerThread, (thread, batch) -> post(http, podium, copid, token, thread, batch));
        Usage httpUsage = httpRecording.stop();

        try (DynamoDbClient sdk = DynamoDbClient.builder()
                .endpointOverride(URI.create(Env.required("DYNAMODB_ENDPOINT")))
                .region(Region.of(Env.required("AWS_REGION")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            timed(THREADS, 10, (thread, batch) -> transact(sdk, copid, thread, batch + 100_000));
            CapacityMeter.Recording sdkRecording = CapacityMeter.startAllThreads();
            Timing sdkTiming = timed(THREADS, batchesPerThread, (thread, batch) -> transact(sdk, copid, thread, batch));
            Usage sdkUsage = sdkRecording.stop();

            int batches = THREADS * batchesPerThread;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("batches", batches);
            result.put("threads", THREADS);
            result.put("callsPerBatch", Bench.round((double) httpUsage.totalCalls() / batches));
            result.put("wcuPerScore", Bench.round(httpUsage.wcu() / (batches * BATCH)));
            // A cross-check of the engine's figure: AWS rounds each item up to 1 KB and doubles it for
            // transactions, applied here to the same items by the benchmark's own ItemSize.
            result.put("wcuPerScoreByAwsRules", Bench.round(awsTransactionWcu(batch(copid, 0, 0)) / (double) BATCH));
            result.put("httpVsSdkRatio", Bench.round(httpTiming.throughput() / sdkTiming.throughput()));
            result.put("http", httpTiming.json(httpUsage));
            result.put("sdk", sdkTiming.json(sdkUsage));
            return result;
        }
    }

    /**
     * 16 concurrent clients over HTTP, each on its own metric, overwriting: the throughput and latency of the
     * load test (LoadIT proves nothing is lost under it; here it is only measured).
     */
    static Map<String, Object> load(EmbeddedPodium podium, int clients, int batchesPerClient) throws Exception {
        String copid = "load-" + UUID.randomUUID().toString().substring(0, 8);
        String token = companyToken(podium, copid);
        HttpClient http = HttpClient.newHttpClient();
        CapacityMeter.Recording recording = CapacityMeter.startAllThreads();
        Timing timing = timed(clients, batchesPerClient, (client, batch) -> post(http, podium, copid, token, client, batch % 40));
        Map<String, Object> result = new LinkedHashMap<>(timing.json(recording.stop()));
        result.put("clients", clients);
        result.put("batches", clients * batchesPerClient);
        return result;
    }

    interface Step {
        void run(int thread, int batch) throws Exception;
    }

    record Timing(List<Double> latenciesMs, double seconds) {
        double throughput() {
            return latenciesMs.size() / seconds;
        }

        Map<String, Object> json(Usage usage) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("batchesPerSecond", Bench.round(throughput()));
            json.put("p50Ms", Bench.round(Stats.percentile(latenciesMs, 50)));
            json.put("p99Ms", Bench.round(Stats.percentile(latenciesMs, 99)));
            json.put("usage", usage.json());
            return json;
        }
    }

    private static Timing timed(int threads, int batchesPerThread, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Double>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                for (int b = 0; b < batchesPerThread; b++) {
                    long sent = System.nanoTime();
                    step.run(thread, b);
                    latencies.add((System.nanoTime() - sent) / 1e6);
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> future : futures) {
            all.addAll(future.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Timing(all, seconds);
    }

    /** Each thread its own metric, as independent senders would; the day varies so nothing is finalized. */
    private static String metric(int thread) {
        return "ingest_" + thread;
    }

    private static LocalDate day(int batch) {
        return LocalDate.of(2026, 1, 1).plusDays(batch % 300);
    }

    private static String driver(int batch, int i) {
        return String.format("driver-%06d", (batch * BATCH + i) % 20_000);
    }

    private static void post(HttpClient http, EmbeddedPodium podium, String copid, String token, int thread, int batch)
            throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < BATCH; i++) {
            items.append(i == 0 ? "" : ",").append("{\"userxtid\":\"").append(driver(batch, i))
                    .append("\",\"score\":").append(batch * 7 + i).append('}');
        }
        String body = "{\"date\":\"" + day(batch) + "\",\"metric\":\"" + metric(thread) + "\",\"scores\":[" + items + "]}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(podium.baseUrl() + "/v3/igr/gamification/" + copid + "/scores"))
                .header("x-icmr-auth-1", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Two write units per started kilobyte of each item, as AWS bills transactional writes. */
    private static long awsTransactionWcu(List<TransactWriteItem> items) {
        long units = 0;
        for (TransactWriteItem item : items) {
            Map<String, AttributeValue> written = item.put() != null ? item.put().item() : new HashMap<>(item.update().key());
            if (item.update() != null) {
                written.put("createdAt", AttributeValue.fromS(Instant.now().toString()));
            }
            units += 2 * ((ItemSize.of(written) + 1023) / 1024);
        }
        return units;
    }

    private static void transact(DynamoDbClient sdk, String copid, int thread, int batch) {
        List<TransactWriteItem> items = batch(copid, thread, batch);
        sdk.transactWriteItems(b -> b.transactItems(items).clientRequestToken(UUID.randomUUID().toString()));
    }

    /** The same transaction Podium sends: the guarded metric update and 50 puts. */
    private static List<TransactWriteItem> batch(String copid, int thread, int batch) {
        String now = Instant.now().toString();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(Update.builder()
                .tableName(Env.required("METRICS_TABLE"))
                .key(Map.of("copid", AttributeValue.fromS(copid + "-sdk"), "metric", AttributeValue.fromS(metric(thread))))
                .updateExpression("SET createdAt = if_not_exists(createdAt, :now)")
                .conditionExpression("attribute_not_exists(finalizedThrough) OR finalizedThrough < :date")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(now),
                        ":date", AttributeValue.fromS(day(batch).toString())))
                .build()).build());
        String pk = copid + "-sdk#" + metric(thread) + "#" + day(batch);
        for (int i = 0; i < BATCH; i++) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(Env.required("SCORES_TABLE")).item(Map.of(
                    "pk", AttributeValue.fromS(pk),
                    "userxtid", AttributeValue.fromS(driver(batch, i)),
                    "score", AttributeValue.fromN(Integer.toString(batch * 7 + i)),
                    "updatedAt", AttributeValue.fromS(now))).build()).build());
        }
        return items;
    }

    private static String companyToken(EmbeddedPodium podium, String copid) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(podium.baseUrl() + "/v3/igr/admin/tokens"))
                .header("x-icmr-auth-1", podium.adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"copid\":\"" + copid + "\",\"scopes\":[\"scores:write\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode token = JSON.readTree(created.body());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("token: " + created.body());
        }
        return token.get("token").asText();
    }
}
