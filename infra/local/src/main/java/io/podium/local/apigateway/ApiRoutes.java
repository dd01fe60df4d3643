package io.podium.local.apigateway;

import io.podium.local.lambda.LambdaFunction;
import io.podium.local.template.EventSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.ResourceTypes;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import io.podium.local.template.TemplateResource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongSupplier;

/** Builds the route table from the Api events of the functions and the AWS::Serverless::Api resources they name. */
public final class ApiRoutes {
    /** SAM's ReauthorizeEvery when an authorizer leaves it out. */
    private static final int DEFAULT_REAUTHORIZE_SECONDS = 300;
    private static final Set<String> SUPPORTED_IDENTITY = Set.of("Headers", "QueryStrings", "ReauthorizeEvery");

    private final Template template;
    private final Intrinsics intrinsics;
    private final Map<String, LambdaFunction> functionsByArn = new HashMap<>();
    private final OptionalInt authorizerTtlOverride;
    private final LongSupplier clockMillis;
    private final UsagePlans usagePlans;
    private final Map<String, Api> apis = new HashMap<>();

    /** An API with its authorizers, built when the first route names it. */
    private record Api(ApiDefinition definition, Map<String, RequestAuthorizer> authorizers, String defaultAuthorizer,
                       boolean apiKeyRequired) {
    }

    /** An Api event together with the function it invokes. */
    public record ApiEvent(EventSpec event, LambdaFunction function) {
    }

    private ApiRoutes(Template template, Intrinsics intrinsics, List<LambdaFunction> functions,
                      OptionalInt authorizerTtlOverride, LongSupplier clockMillis, UsagePlans usagePlans) {
        this.template = template;
        this.intrinsics = intrinsics;
        functions.forEach(function -> functionsByArn.put(function.spec().arn(), function));
        this.authorizerTtlOverride = authorizerTtlOverride;
        this.clockMillis = clockMillis;
        this.usagePlans = usagePlans;
    }

    public static RouteTable build(Template template, Intrinsics intrinsics, List<LambdaFunction> functions, List<ApiEvent> events,
                                   OptionalInt authorizerTtlOverride, LongSupplier clockMillis, UsagePlans usagePlans) {
        ApiRoutes builder = new ApiRoutes(template, intrinsics, functions, authorizerTtlOverride, clockMillis, usagePlans);
        List<Route> routes = new ArrayList<>();
        for (ApiEvent apiEvent : events) {
            routes.add(builder.route(apiEvent.event(), apiEvent.function()));
        }
        return new RouteTable(routes);
    }

    private Route route(EventSpec event, LambdaFunction function) {
        String apiId = intrinsics.text(event.property("RestApiId"), event.where("RestApiId"));
        if (apiId == null) {
            throw new TemplateException(event.where("RestApiId")
                    + " is missing; the local runtime serves explicit AWS::Serverless::Api resources only");
        }
        Api api = apis.computeIfAbsent(apiId, this::api);
        String path = intrinsics.text(event.property("Path"), event.where("Path"));
        String method = intrinsics.text(event.property("Method"), event.where("Method"));
        if (path == null || method == null) {
            throw new TemplateException(event.functionLogicalId() + ".Events." + event.id() + " needs Path and Method");
        }
        Map<String, Object> auth = Template.mapping(event.property("Auth"), event.where("Auth"));
        String authorizerName = auth.containsKey("Authorizer")
                ? intrinsics.text(auth.get("Authorizer"), event.where("Auth.Authorizer"))
                : api.defaultAuthorizer();
        RequestAuthorizer authorizer = null;
        if (authorizerName != null && !authorizerName.equals("NONE")) {
            authorizer = api.authorizers().get(authorizerName);
            if (authorizer == null) {
                throw new TemplateException(event.where("Auth.Authorizer") + ": " + apiId + " has no authorizer " + authorizerName);
            }
        }
        boolean apiKeyRequired = intrinsics.bool(auth.get("ApiKeyRequired"), api.apiKeyRequired(),
                event.where("Auth.ApiKeyRequired"));
        return new Route(api.definition(), method.toUpperCase(Locale.ROOT), PathTemplate.parse(path), function, authorizer,
                apiKeyRequired);
    }

    private Api api(String logicalId) {
        TemplateResource resource = template.resource(logicalId);
        if (!resource.type().equals(ResourceTypes.API)) {
            throw new TemplateException(logicalId + " is a " + resource.type() + ", not an " + ResourceTypes.API);
        }
        String stage = intrinsics.text(resource.property("StageName"), logicalId + ".StageName");
        if (stage == null) {
            throw new TemplateException(logicalId + ".StageName is missing");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        Template.mapping(intrinsics.resolve(resource.property("Variables"), logicalId + ".Variables"), logicalId + ".Variables")
                .forEach((name, value) -> variables.put(name, String.valueOf(value)));
        GatewayResponses responses = GatewayResponses.fromTemplate(resource.property("GatewayResponses"), intrinsics,
                logicalId + ".GatewayResponses");
        Map<String, Object> auth = resource.mappingProperty("Auth");
        Map<String, RequestAuthorizer> authorizers = new HashMap<>();
        Template.mapping(auth.get("Authorizers"), logicalId + ".Auth.Authorizers").forEach((name, definition) ->
                authorizers.put(name, authorizer(logicalId + ".Auth.Authorizers." + name, name,
                        Template.mapping(definition, logicalId + ".Auth.Authorizers." + name))));
        String keySource = intrinsics.text(resource.property("ApiKeySourceType"), logicalId + ".ApiKeySourceType");
        ApiUsage usage = usagePlans.forApi(logicalId, "AUTHORIZER".equals(keySource),
                MethodSettings.defaultThrottle(resource.property("MethodSettings"), intrinsics, logicalId + ".MethodSettings"));
        return new Api(new ApiDefinition(logicalId, stage, variables, responses, usage), authorizers,
                intrinsics.text(auth.get("DefaultAuthorizer"), logicalId + ".Auth.DefaultAuthorizer"),
                intrinsics.bool(auth.get("ApiKeyRequired"), false, logicalId + ".Auth.ApiKeyRequired"));
    }

    private RequestAuthorizer authorizer(String where, String name, Map<String, Object> definition) {
        String payloadType = intrinsics.text(definition.get("FunctionPayloadType"), where + ".FunctionPayloadType");
        if (!"REQUEST".equals(payloadType)) {
            throw new TemplateException(where + ": only Lambda authorizers with FunctionPayloadType REQUEST are supported locally");
        }
        String functionArn = intrinsics.text(definition.get("FunctionArn"), where + ".FunctionArn");
        LambdaFunction function = functionsByArn.get(withoutQualifier(functionArn));
        if (function == null) {
            throw new TemplateException(where + ".FunctionArn: no function of the template has the ARN " + functionArn);
        }
        Map<String, Object> identity = Template.mapping(definition.get("Identity"), where + ".Identity");
        identity.keySet().stream().filter(key -> !SUPPORTED_IDENTITY.contains(key)).findFirst().ifPresent(key -> {
            throw new TemplateException(where + ".Identity." + key + " is not supported locally; use Headers or QueryStrings");
        });
        List<RequestAuthorizer.IdentitySource> sources = new ArrayList<>();
        identityNames(identity, "Headers", where).forEach(header -> sources.add(new RequestAuthorizer.IdentitySource(true, header)));
        identityNames(identity, "QueryStrings", where).forEach(query -> sources.add(new RequestAuthorizer.IdentitySource(false, query)));
        int declaredTtl = intrinsics.integer(identity.get("ReauthorizeEvery"), DEFAULT_REAUTHORIZE_SECONDS,
                where + ".Identity.ReauthorizeEvery");
        // SAM's own rule: a cached REQUEST authorizer needs an identity source to key its cache by.
        if (declaredTtl > 0 && sources.isEmpty()) {
            throw new TemplateException(where + " must specify Identity with at least one of Headers or QueryStrings"
                    + " unless ReauthorizeEvery is 0");
        }
        int ttl = authorizerTtlOverride.orElse(declaredTtl);
        return new RequestAuthorizer(name, function, sources, ttl, clockMillis);
    }

    private List<String> identityNames(Map<String, Object> identity, String kind, String where) {
        Object names = intrinsics.resolve(identity.get(kind), where + ".Identity." + kind);
        return names instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** An alias or version ARN (function:name:qualifier) runs the same code locally. */
    private static String withoutQualifier(String functionArn) {
        String[] parts = functionArn.split(":");
        return parts.length > 7 ? String.join(":", Arrays.copyOf(parts, 7)) : functionArn;
    }
}
