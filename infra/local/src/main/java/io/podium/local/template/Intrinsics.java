package io.podium.local.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What template expressions mean in the local runtime: parameters, pseudo parameters, conditions, the intrinsic
 * functions, and the physical names, ARNs and URLs of the resources it creates. Values are resolved on demand, so an
 * intrinsic the runtime cannot evaluate fails only where its value is actually needed.
 */
public final class Intrinsics {
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "000000000000";
    public static final String STACK_NAME = "podium-local";

    /** AWS::NoValue: removes the key or list element that holds it. */
    private static final Object NO_VALUE = new Object();

    private final Template template;
    private final Map<String, String> parameterValues;
    private final String sqsEndpoint;

    /** @param parameterValues from {@link TemplateParameters#values} */
    public Intrinsics(Template template, Map<String, String> parameterValues, String sqsEndpoint) {
        this.template = template;
        this.parameterValues = Map.copyOf(parameterValues);
        this.sqsEndpoint = sqsEndpoint;
    }

    /** The fully resolved value, or null where the template says AWS::NoValue. */
    public Object resolve(Object raw, String where) {
        try {
            Object value = evaluate(raw);
            return value == NO_VALUE ? null : value;
        } catch (TemplateException e) {
            throw new TemplateException(where + ": " + e.getMessage(), e);
        }
    }

    /** A scalar property as text, or null when absent. */
    public String text(Object raw, String where) {
        Object value = resolve(raw, where);
        return value == null ? null : scalar(value, where);
    }

    public int integer(Object raw, int defaultValue, String where) {
        String value = text(raw, where);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new TemplateException(where + " must be an integer, not " + value);
        }
    }

    public boolean bool(Object raw, boolean defaultValue, String where) {
        String value = text(raw, where);
        return value == null ? defaultValue : Boolean.parseBoolean(value);
    }

    /** Whether CloudFormation would create the resource, given its Condition. */
    public boolean included(TemplateResource resource) {
        return resource.condition() == null || condition(resource.condition());
    }

    public String physicalName(TemplateResource resource) {
        String nameProperty = switch (resource.type()) {
            case ResourceTypes.TABLE -> "TableName";
            case ResourceTypes.QUEUE -> "QueueName";
            case ResourceTypes.FUNCTION -> "FunctionName";
            default -> throw new TemplateException(resource.logicalId() + " (" + resource.type() + ") has no physical name locally");
        };
        Object declared = resource.property(nameProperty);
        if (declared != null) {
            return text(declared, resource.logicalId() + "." + nameProperty);
        }
        // CloudFormation ends the name it generates for a FIFO queue in .fifo, as SQS requires.
        return STACK_NAME + "-" + resource.logicalId() + (fifoQueue(resource) ? ".fifo" : "");
    }

    /** Whether a queue is a FIFO queue: FifoQueue true; absent means a standard queue. */
    public boolean fifoQueue(TemplateResource queue) {
        return queue.type().equals(ResourceTypes.QUEUE)
                && bool(queue.property("FifoQueue"), false, queue.logicalId() + ".FifoQueue");
    }

    public String arn(TemplateResource resource) {
        String name = physicalName(resource);
        return switch (resource.type()) {
            case ResourceTypes.TABLE -> "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT_ID + ":table/" + name;
            case ResourceTypes.QUEUE -> "arn:aws:sqs:" + REGION + ":" + ACCOUNT_ID + ":" + name;
            case ResourceTypes.FUNCTION -> "arn:aws:lambda:" + REGION + ":" + ACCOUNT_ID + ":function:" + name;
            default -> throw new TemplateException(resource.logicalId() + " (" + resource.type() + ") has no ARN locally");
        };
    }

    /** The URL ElasticMQ gives a queue: its endpoint, the account and the queue name. */
    public String queueUrl(TemplateResource queue) {
        return sqsEndpoint + "/" + ACCOUNT_ID + "/" + physicalName(queue);
    }

    private Object evaluate(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                Map.Entry<?, ?> only = map.entrySet().iterator().next();
                String key = String.valueOf(only.getKey());
                if (key.equals("Ref")) {
                    return ref(scalar(evaluate(only.getValue()), "Ref"));
                }
                // A Condition key holding a name is a condition reference; IAM statements use Condition for mappings.
                if (key.equals("Condition") && only.getValue() instanceof String name) {
                    return condition(name);
                }
                if (key.startsWith("Fn::")) {
                    return function(key, only.getValue());
                }
            }
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((key, element) -> {
                Object resolvedElement = evaluate(element);
                if (resolvedElement != NO_VALUE) {
                    resolved.put(String.valueOf(key), resolvedElement);
                }
            });
            return resolved;
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (Object element : list) {
                Object resolvedElement = evaluate(element);
                if (resolvedElement != NO_VALUE) {
                    resolved.add(resolvedElement);
                }
            }
            return resolved;
        }
        return value;
    }

    private Object function(String name, Object arguments) {
        return switch (name) {
            case "Fn::GetAtt" -> getAtt(arguments);
            case "Fn::Sub" -> sub(arguments);
            case "Fn::Join" -> {
                List<?> args = arguments(name, arguments, 2);
                String delimiter = scalar(evaluate(args.get(0)), name);
                yield String.join(delimiter, list(evaluate(args.get(1)), name).stream().map(v -> scalar(v, name)).toList());
            }
            case "Fn::Select" -> {
                List<?> args = arguments(name, arguments, 2);
                int index = Integer.parseInt(scalar(evaluate(args.get(0)), name));
                List<?> values = list(evaluate(args.get(1)), name);
                if (index < 0 || index >= values.size()) {
                    throw new TemplateException(name + " index " + index + " is out of range for " + values);
                }
                yield values.get(index);
            }
            case "Fn::Split" -> {
                List<?> args = arguments(name, arguments, 2);
                String delimiter = scalar(evaluate(args.get(0)), name);
                yield Arrays.asList(scalar(evaluate(args.get(1)), name).split(Pattern.quote(delimiter), -1));
            }
            case "Fn::If" -> {
                List<?> args = arguments(name, arguments, 3);
                yield evaluate(condition(scalar(args.get(0), name)) ? args.get(1) : args.get(2));
            }
            case "Fn::Equals" -> {
                List<?> args = arguments(name, arguments, 2);
                yield scalar(evaluate(args.get(0)), name).equals(scalar(evaluate(args.get(1)), name));
            }
            case "Fn::And" -> list(arguments, name).stream().allMatch(this::truth);
            case "Fn::Or" -> list(arguments, name).stream().anyMatch(this::truth);
            case "Fn::Not" -> !truth(arguments(name, arguments, 1).get(0));
            default -> throw new TemplateException(name + " is not supported by the local runtime");
        };
    }

    private boolean truth(Object expression) {
        if (!(evaluate(expression) instanceof Boolean value)) {
            throw new TemplateException("a condition must evaluate to true or false: " + expression);
        }
        return value;
    }

    boolean condition(String name) {
        if (!template.conditions().containsKey(name)) {
            throw new TemplateException("no condition " + name + " in Conditions");
        }
        try {
            return truth(template.conditions().get(name));
        } catch (TemplateException e) {
            throw new TemplateException("condition " + name + ": " + e.getMessage(), e);
        }
    }

    private Object ref(String name) {
        switch (name) {
            case "AWS::Region":
                return REGION;
            case "AWS::AccountId":
                return ACCOUNT_ID;
            case "AWS::StackName":
                return STACK_NAME;
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::NoValue":
                return NO_VALUE;
            default:
                break;
        }
        if (template.parameters().containsKey(name)) {
            return parameter(name);
        }
        if (name.endsWith(".Stage")) {
            TemplateResource api = existing(name.substring(0, name.length() - ".Stage".length()));
            if (api.type().equals(ResourceTypes.API)) {
                return text(api.property("StageName"), api.logicalId() + ".StageName");
            }
        }
        if (name.endsWith(".Alias")) {
            return aliasArn(existing(name.substring(0, name.length() - ".Alias".length())));
        }
        TemplateResource resource = existing(name);
        return switch (resource.type()) {
            case ResourceTypes.TABLE, ResourceTypes.FUNCTION -> physicalName(resource);
            case ResourceTypes.QUEUE -> queueUrl(resource);
            // The local REST API id is its logical id; it appears in the methodArn the authorizer sees.
            case ResourceTypes.API, ResourceTypes.USAGE_PLAN, ResourceTypes.API_KEY -> resource.logicalId();
            default -> throw new TemplateException("Ref " + name + " (" + resource.type() + ") is not supported by the local runtime");
        };
    }

    /** SAM's {@code !Ref Function.Alias}: the ARN of the alias that AutoPublishAlias creates. */
    private String aliasArn(TemplateResource function) {
        String alias = function.type().equals(ResourceTypes.FUNCTION)
                ? text(function.property("AutoPublishAlias"), function.logicalId() + ".AutoPublishAlias")
                : null;
        if (alias == null) {
            throw new TemplateException("Ref " + function.logicalId() + ".Alias needs a function with AutoPublishAlias");
        }
        return arn(function) + ":" + alias;
    }

    private Object getAtt(Object arguments) {
        List<?> args = arguments("Fn::GetAtt", arguments, 2);
        TemplateResource resource = existing(scalar(evaluate(args.get(0)), "Fn::GetAtt"));
        String attribute = scalar(evaluate(args.get(1)), "Fn::GetAtt");
        return switch (resource.type() + "." + attribute) {
            case ResourceTypes.TABLE + ".Arn", ResourceTypes.QUEUE + ".Arn", ResourceTypes.FUNCTION + ".Arn" -> arn(resource);
            case ResourceTypes.QUEUE + ".QueueName" -> physicalName(resource);
            case ResourceTypes.QUEUE + ".QueueUrl" -> queueUrl(resource);
            default -> throw new TemplateException("Fn::GetAtt " + resource.logicalId() + "." + attribute
                    + " (" + resource.type() + ") is not supported by the local runtime");
        };
    }

    private String sub(Object arguments) {
        String text;
        Map<String, Object> variables;
        if (arguments instanceof String string) {
            text = string;
            variables = Map.of();
        } else {
            List<?> args = arguments("Fn::Sub", arguments, 2);
            text = scalar(args.get(0), "Fn::Sub");
            variables = Template.mapping(args.get(1), "Fn::Sub variables");
        }
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (true) {
            int start = text.indexOf("${", position);
            if (start < 0) {
                return out.append(text, position, text.length()).toString();
            }
            int end = text.indexOf('}', start);
            if (end < 0) {
                throw new TemplateException("Fn::Sub: unterminated ${ in " + text);
            }
            out.append(text, position, start);
            String name = text.substring(start + 2, end);
            if (name.startsWith("!")) {
                out.append("${").append(name, 1, name.length()).append('}');
            } else {
                Object value;
                if (variables.containsKey(name)) {
                    value = evaluate(variables.get(name));
                } else if (name.contains(".")) {
                    int dot = name.indexOf('.');
                    value = getAtt(List.of(name.substring(0, dot), name.substring(dot + 1)));
                } else {
                    value = ref(name);
                }
                out.append(scalar(value, "${" + name + "}"));
            }
            position = end + 1;
        }
    }

    private Object parameter(String name) {
        Map<String, Object> declared = Template.mapping(template.parameters().get(name), "parameter " + name);
        String value = parameterValues.get(name);
        if (value == null) {
            throw new TemplateException("parameter " + name + " has no Default; pass --param " + name + "=VALUE");
        }
        String type = String.valueOf(declared.getOrDefault("Type", "String"));
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            return Arrays.asList(value.split(",", -1));
        }
        if (type.startsWith("AWS::SSM::")) {
            throw new TemplateException("parameter " + name + " of type " + type + " is not supported by the local runtime");
        }
        return value;
    }

    private TemplateResource existing(String logicalId) {
        TemplateResource resource = template.resources().get(logicalId);
        if (resource == null) {
            throw new TemplateException("no parameter or resource named " + logicalId);
        }
        if (!included(resource)) {
            throw new TemplateException(logicalId + " is not created: its condition " + resource.condition() + " is false");
        }
        return resource;
    }

    private static List<?> arguments(String function, Object arguments, int count) {
        if (!(arguments instanceof List<?> list) || list.size() != count) {
            throw new TemplateException(function + " takes a list of " + count + " arguments, not " + arguments);
        }
        return list;
    }

    private static List<?> list(Object value, String function) {
        if (!(value instanceof List<?> list)) {
            throw new TemplateException(function + " expects a list, not " + value);
        }
        return list;
    }

    private static String scalar(Object value, String where) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new TemplateException(where + " must be a single value, not " + (value == NO_VALUE ? "AWS::NoValue" : value));
    }
}
