package io.podium.local.template;

import io.podium.local.iam.IamPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An AWS::Serverless::Function as the runtime needs it; Environment and Events stay raw until they are used.
 *
 * @param policy what its execution role allows, from its Policies
 */
public record FunctionSpec(String logicalId, String functionName, String arn, String handler, int timeoutSeconds, int memoryMb,
                           Map<String, Object> environment, List<EventSpec> events, IamPolicy policy) {

    /** SAM's defaults when a function and Globals leave Timeout and MemorySize out. */
    private static final int DEFAULT_TIMEOUT_SECONDS = 3;
    private static final int DEFAULT_MEMORY_MB = 128;

    public static List<FunctionSpec> all(Template template, Intrinsics intrinsics) {
        return template.ofType(ResourceTypes.FUNCTION).stream()
                .filter(intrinsics::included)
                .map(resource -> build(resource, intrinsics))
                .toList();
    }

    /** One function of the template, which its Condition must let CloudFormation create. */
    public static FunctionSpec of(TemplateResource function, Intrinsics intrinsics) {
        if (!intrinsics.included(function)) {
            throw new TemplateException(function.logicalId() + " is not created: its Condition " + function.condition()
                    + " is false");
        }
        return build(function, intrinsics);
    }

    private static FunctionSpec build(TemplateResource resource, Intrinsics intrinsics) {
        String id = resource.logicalId();
        String handler = intrinsics.text(resource.property("Handler"), id + ".Handler");
        if (handler == null) {
            throw new TemplateException(id + " has no Handler");
        }
        List<EventSpec> events = new ArrayList<>();
        resource.mappingProperty("Events").forEach((eventId, definition) -> {
            Map<String, Object> event = Template.mapping(definition, id + ".Events." + eventId);
            events.add(new EventSpec(id, eventId, String.valueOf(event.get("Type")),
                    Template.mapping(event.get("Properties"), id + ".Events." + eventId + ".Properties")));
        });
        return new FunctionSpec(id, intrinsics.physicalName(resource), intrinsics.arn(resource), handler,
                intrinsics.integer(resource.property("Timeout"), DEFAULT_TIMEOUT_SECONDS, id + ".Timeout"),
                intrinsics.integer(resource.property("MemorySize"), DEFAULT_MEMORY_MB, id + ".MemorySize"),
                Template.mapping(resource.mappingProperty("Environment").get("Variables"), id + ".Environment.Variables"),
                List.copyOf(events), SamPolicies.of(resource, intrinsics));
    }
}
