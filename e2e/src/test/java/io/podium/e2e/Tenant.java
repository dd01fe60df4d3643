package io.podium.e2e;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A company of a test's own, with a token holding the given scopes. */
public record Tenant(String copid, String token, Http http) {
    public static final String[] ALL_COMPANY_SCOPES = {"scores:write", "scores:finalize", "scores:correct", "read", "hub"};

    public static Tenant create(LocalPodium podium, String... scopes) {
        return withToken(podium, "co-" + UUID.randomUUID().toString().substring(0, 8), scopes);
    }

    public static Tenant withToken(LocalPodium podium, String copid, String... scopes) {
        String list = Arrays.stream(scopes.length == 0 ? ALL_COMPANY_SCOPES : scopes)
                .map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        Response created = podium.http().post("/v3/igr/admin/tokens", podium.adminToken(),
                "{\"copid\":\"" + copid + "\",\"scopes\":[" + list + "],\"description\":\"e2e\"}");
        assertEquals(201, created.status(), created.toString());
        return new Tenant(copid, created.json().get("token").asText(), podium.http());
    }

    public String path(String suffix) {
        return "/v3/igr/gamification/" + copid + suffix;
    }

    public Response submit(String json) {
        return http.post(path("/scores"), token, json);
    }

    public Response finalizeThrough(String metric, String date) {
        return http.post(path("/scores/finalize"), token, "{\"metric\":\"" + metric + "\",\"date\":\"" + date + "\"}");
    }

    public Response scores(String metric, String date, String extraQuery) {
        return http.get(path("/scores?metric=" + metric + "&date=" + date + extraQuery), token);
    }

    public Response metrics() {
        return http.get(path("/metrics"), token);
    }

    /** A batch body for one metric and day. */
    public static String batch(String metric, String date, String... userScorePairs) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < userScorePairs.length; i += 2) {
            if (i > 0) {
                items.append(',');
            }
            items.append("{\"userxtid\":\"").append(userScorePairs[i]).append("\",\"score\":")
                    .append(userScorePairs[i + 1]).append('}');
        }
        return "{\"metric\":\"" + metric + "\",\"date\":\"" + date + "\",\"scores\":[" + items + "]}";
    }
}
