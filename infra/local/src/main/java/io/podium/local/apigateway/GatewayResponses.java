package io.podium.local.apigateway;

import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GatewayResponses of an API: API Gateway's defaults overridden per response type by StatusCode, the
 * application/json ResponseTemplate (served as written, without VTL) and static ResponseParameters headers.
 */
final class GatewayResponses {
    static final GatewayResponses API_GATEWAY_DEFAULTS = new GatewayResponses(Map.of());

    private final Map<String, Customization> customizations;

    private record Customization(Integer statusCode, String body, Map<String, String> headers) {
    }

    private GatewayResponses(Map<String, Customization> customizations) {
        this.customizations = customizations;
    }

    static GatewayResponses fromTemplate(Object raw, Intrinsics intrinsics, String where) {
        Map<String, Customization> customizations = new LinkedHashMap<>();
        Template.mapping(intrinsics.resolve(raw, where), where).forEach((type, definition) -> {
            String place = where + "." + type;
            Map<String, Object> response = Template.mapping(definition, place);
            Object status = response.get("StatusCode");
            Object body = Template.mapping(response.get("ResponseTemplates"), place + ".ResponseTemplates").get("application/json");
            Map<String, String> headers = new LinkedHashMap<>();
            Map<String, Object> parameters = Template.mapping(response.get("ResponseParameters"), place + ".ResponseParameters");
            Template.mapping(parameters.get("Headers"), place + ".ResponseParameters.Headers").forEach((name, value) -> {
                String text = String.valueOf(value);
                if (text.length() < 2 || !text.startsWith("'") || !text.endsWith("'")) {
                    throw new TemplateException(place + ".ResponseParameters.Headers." + name
                            + ": only static values ('text' in single quotes) are supported locally");
                }
                headers.put(name, text.substring(1, text.length() - 1));
            });
            customizations.put(type, new Customization(
                    status == null ? null : Integer.valueOf(String.valueOf(status)),
                    body == null ? null : String.valueOf(body),
                    headers));
        });
        return new GatewayResponses(customizations);
    }

    HttpResponse render(GatewayResponseType type) {
        Customization own = customizations.get(type.name());
        Customization fallback = customizations.get(type.fallback());
        int status = own != null && own.statusCode() != null ? own.statusCode() : type.defaultStatus;
        String body = own != null && own.body() != null ? own.body()
                : fallback != null && fallback.body() != null ? fallback.body()
                : type.defaultBody();
        HttpResponse response = HttpResponse.json(status, body);
        for (Customization customization : new Customization[]{fallback, own}) {
            if (customization != null) {
                customization.headers().forEach((name, value) -> response.headers().put(name, List.of(value)));
            }
        }
        return response;
    }
}
