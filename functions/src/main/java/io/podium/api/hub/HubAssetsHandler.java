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
 *
 * <p>Every answer carries a strict Content-Security-Policy: the app keeps an admin token in sessionStorage, so an
 * injected script must not run. The app has no inline script or style and talks only to its own origin (the API is
 * served beside it); it is never framed (no clickjacking), and sends no Referer (a page it links to
 * need not learn where an admin's Hub is).
 */
public final class HubAssetsHandler extends ApiHandler {
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
                    + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            // Two years and subdomains, as the HSTS preload list asks; browsers ignore it on plain http (local).
            "Strict-Transport-Security", "max-age=63072000; includeSubDomains",
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff");
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
        return new APIGatewayProxyResponseEvent().withStatusCode(200).withHeaders(headers)
                .withBody(new String(asset.content(), StandardCharsets.UTF_8));
    }

    @Override
    protected Map<String, String> alwaysHeaders() {
        return SECURITY_HEADERS;
    }
}
