package io.podium.api.health;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** GET /health: no token, no store; answers while the function can run at all. */
public final class HealthHandler extends ApiHandler {
    private static final String VERSION = readVersion();

    public HealthHandler() {
        super(Access.OPEN);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(Json.object().put("status", "ok").put("version", VERSION));
    }

    private static String readVersion() {
        try (InputStream in = HealthHandler.class.getResourceAsStream("/podium-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
