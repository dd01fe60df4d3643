package io.podium.local.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed SAM template, with Globals already merged into the resources they apply to. */
public record Template(Map<String, Object> parameters, Map<String, Object> conditions, Map<String, TemplateResource> resources) {

    public static Template load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new TemplateException("cannot read template " + file + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new TemplateException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TemplateException(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    public static Template parse(String yaml) {
        Map<String, Object> document = CloudFormationYaml.parse(yaml);
        Map<String, Object> globals = section(document, "Globals");
        Map<String, TemplateResource> resources = new LinkedHashMap<>();
        section(document, "Resources").forEach((logicalId, definition) -> {
            Map<String, Object> resource = mapping(definition, "resource " + logicalId);
            Object type = resource.get("Type");
            if (!(type instanceof String typeName)) {
                throw new TemplateException("resource " + logicalId + " has no Type");
            }
            Object condition = resource.get("Condition");
            Map<String, Object> properties = SamGlobals.apply(globals, typeName,
                    resource.containsKey("Properties") ? mapping(resource.get("Properties"), logicalId + ".Properties") : Map.of());
            resources.put(logicalId, new TemplateResource(logicalId, typeName,
                    condition == null ? null : String.valueOf(condition), properties));
        });
        return new Template(section(document, "Parameters"), section(document, "Conditions"), resources);
    }

    public List<TemplateResource> ofType(String type) {
        return resources.values().stream().filter(resource -> resource.type().equals(type)).toList();
    }

    public TemplateResource resource(String logicalId) {
        TemplateResource resource = resources.get(logicalId);
        if (resource == null) {
            throw new TemplateException("no resource " + logicalId + " in the template");
        }
        return resource;
    }

    /** The AWS::Serverless::Function of that logical id; when there is none, the message lists the functions. */
    public TemplateResource function(String logicalId) {
        TemplateResource resource = resources.get(logicalId);
        if (resource != null && resource.type().equals(ResourceTypes.FUNCTION)) {
            return resource;
        }
        String wrong = resource == null
                ? "no resource " + logicalId + " in the template"
                : logicalId + " is an " + resource.type() + ", not an " + ResourceTypes.FUNCTION;
        throw new TemplateException(wrong + "; its functions are " + String.join(", ",
                ofType(ResourceTypes.FUNCTION).stream().map(TemplateResource::logicalId).toList()));
    }

    private static Map<String, Object> section(Map<String, Object> document, String name) {
        return document.containsKey(name) ? mapping(document.get(name), name) : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapping(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new TemplateException(where + " must be a mapping");
        }
        return (Map<String, Object>) map;
    }
}
