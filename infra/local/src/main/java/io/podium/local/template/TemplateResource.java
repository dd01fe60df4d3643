package io.podium.local.template;

import java.util.Map;

/** One entry of Resources. Property values are raw: intrinsics are resolved only where the runtime needs a value. */
public record TemplateResource(String logicalId, String type, String condition, Map<String, Object> properties) {

    public Object property(String name) {
        return properties.get(name);
    }

    public Map<String, Object> mappingProperty(String name) {
        return Template.mapping(properties.get(name), logicalId + "." + name);
    }
}
