package io.podium.api.hub;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.NotFound;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.hub.HubAsset;
import io.podium.hub.HubAssets;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GET /hub and /hub/{path+}: the Hub web app's files. No token: the app asks for one and calls the API with it.
 * {@code /hub} redirects to {@code /hub/} (which the gateway routes to the same resource), so that the app's
 * relative asset paths resolve under it.
 */
public final class HubAssetsHandler extends ApiHandler {
    private final HubAssets assets;

    public HubAssetsHandler() {
        this(HubAssetsHandler.class.getClassLoader());
    }

    public HubAssetsHandler(ClassLoader loader) {
        super(Access.OPEN);
        this.assets = new HubAssets(loader);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        Optional<String> path = request.optionalPathParameter("path");
        if (path.isEmpty() && !request.path().endsWith("/")) {
            Map<String, String> headers = new HashMap<>();
            headers.put("Location", request.publicPath() + "/");
            return new APIGatewayProxyResponseEvent().withStatusCode(301).withHeaders(headers);
        }
        HubAsset asset = assets.find(path.orElse(""))
                .orElseThrow(() -> new NotFound("asset_not_found", "The Hub has no such file."));
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", asset.contentType());
        headers.put("Cache-Control", asset.immutable() ? "public, max-age=31536000, immutable" : "no-cache");
        headers.put("X-Content-Type-Options", "nosniff");
        return new APIGatewayProxyResponseEvent().withStatusCode(200).withHeaders(headers)
                .withBody(new String(asset.content(), StandardCharsets.UTF_8));
    }
}
