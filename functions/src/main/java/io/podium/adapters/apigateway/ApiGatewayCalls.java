package io.podium.adapters.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.adapters.StoreBusyException;
import io.podium.json.Json;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * SigV4-signed JSON calls to the API Gateway management API. Four calls of token administration do not justify
 * the SDK's apigateway module, which is not published for the SDK version the other clients use.
 */
public final class ApiGatewayCalls {
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    private static final String SERVICE = "apigateway";

    /** @param body the JSON answer, or a missing node when there was none */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final SdkHttpClient http;
    private final URI endpoint;
    private final Region region;
    private final AwsCredentialsProvider credentials;

    public ApiGatewayCalls(SdkHttpClient http, URI endpoint, Region region, AwsCredentialsProvider credentials) {
        this.http = http;
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
    }

    public static URI defaultEndpoint(Region region) {
        return URI.create("https://apigateway." + region.id() + ".amazonaws.com");
    }

    /**
     * Throttling, a 5xx or a network fault → {@link StoreBusyException}, answered 503 so that the client retries;
     * every other answer is returned.
     */
    Answer call(SdkHttpMethod method, String path, Map<String, String> query, JsonNode body) {
        byte[] payload = body == null ? new byte[0] : Json.write(body).getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder()
                .method(method)
                .uri(endpoint.resolve(path))
                .putHeader("Accept", "application/json");
        query.forEach(request::putRawQueryParameter);
        if (body != null) {
            request.putHeader("Content-Type", "application/json");
        }
        SignedRequest signed = SIGNER.sign(signing -> signing
                .identity(credentials.resolveCredentials())
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region.id()));
        Answer answer;
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    // No stream without a body: HttpURLConnection turns a GET with one into a POST.
                    .contentStreamProvider(body == null ? null : signed.payload().orElse(null))
                    .build()).call();
            answer = new Answer(response.httpResponse().statusCode(), json(response));
        } catch (IOException e) {
            throw new StoreBusyException("API Gateway did not answer " + method + " " + path, e);
        }
        if (answer.status() == 429 || answer.status() >= 500) {
            throw new StoreBusyException("API Gateway answered " + answer.status() + " to " + method + " " + path, null);
        }
        return answer;
    }

    private static JsonNode json(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return Json.read("");
        }
        try (InputStream in = response.responseBody().get()) {
            return Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
