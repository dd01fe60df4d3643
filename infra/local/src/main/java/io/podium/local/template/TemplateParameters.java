package io.podium.local.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The values of the template's Parameters: --param overrides, else Defaults, checked as CloudFormation checks them. */
public final class TemplateParameters {
    private TemplateParameters() {
    }

    /** Parameters with neither override nor Default are left out; referring to one fails where it is used. */
    public static Map<String, String> values(Template template, Map<String, String> overrides) {
        overrides.keySet().stream()
                .filter(name -> !template.parameters().containsKey(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new TemplateException("--param " + name + ": the template declares no such parameter");
                });
        Map<String, String> values = new LinkedHashMap<>();
        template.parameters().forEach((name, definition) -> {
            Map<String, Object> declared = Template.mapping(definition, "parameter " + name);
            Object value = overrides.containsKey(name) ? overrides.get(name) : declared.get("Default");
            if (value != null) {
                String text = String.valueOf(value);
                checkConstraints(name, declared, text);
                values.put(name, text);
            }
        });
        return values;
    }

    private static void checkConstraints(String name, Map<String, Object> declared, String value) {
        Object allowedValues = declared.get("AllowedValues");
        if (allowedValues instanceof List<?> allowed && allowed.stream().map(String::valueOf).noneMatch(value::equals)) {
            throw new TemplateException("parameter " + name + "=" + value + " is not one of " + allowed);
        }
        Object pattern = declared.get("AllowedPattern");
        if (pattern != null && !Pattern.compile(String.valueOf(pattern)).matcher(value).matches()) {
            throw new TemplateException("parameter " + name + "=" + value + " does not match " + pattern);
        }
        if ("Number".equals(declared.get("Type"))) {
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new TemplateException("parameter " + name + "=" + value + " is not a number");
            }
            if (declared.get("MinValue") instanceof Number min && number < min.doubleValue()
                    || declared.get("MaxValue") instanceof Number max && number > max.doubleValue()) {
                throw new TemplateException("parameter " + name + "=" + value + " is outside MinValue/MaxValue");
            }
        }
    }
}
