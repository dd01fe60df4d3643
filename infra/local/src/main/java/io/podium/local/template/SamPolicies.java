package io.podium.local.template;

import io.podium.local.iam.IamPolicy;
import io.podium.local.support.LocalJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A function's {@code Policies}, turned into the policy of the role SAM creates for it: each SAM policy template expanded
 * as SAM expands it (its definition, with the template's parameter put where the definition refers to it) and each
 * inline policy document taken as it is, then all intrinsics resolved as CloudFormation would.
 *
 * <p>What the local runtime cannot evaluate faithfully is a startup error rather than a silently different policy:
 * managed policies (it does not know their documents), a function's own Role, and statements with conditions or
 * NotAction/NotResource.
 */
final class SamPolicies {
    private static final String TABLE = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}";
    private static final String QUEUE = "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}";

    /**
     * The templates of SAM's policy_templates.json that apply to the services the local runtime serves; the names of the
     * parameters and variables are SAM's.
     */
    private static final Map<String, PolicyTemplate> TEMPLATES = Map.of(
            "DynamoDBCrudPolicy", new PolicyTemplate("TableName", "tableName", List.of(
                    "dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query",
                    "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable",
                    "dynamodb:ConditionCheckItem"), List.of(TABLE, TABLE + "/index/*")),
            "DynamoDBReadPolicy", new PolicyTemplate("TableName", "tableName", List.of(
                    "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem",
                    "dynamodb:DescribeTable"), List.of(TABLE, TABLE + "/index/*")),
            "DynamoDBWritePolicy", new PolicyTemplate("TableName", "tableName", List.of(
                    "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"), List.of(TABLE, TABLE + "/index/*")),
            "SQSSendMessagePolicy", new PolicyTemplate("QueueName", "queueName", List.of("sqs:SendMessage*"), List.of(QUEUE)));

    private static final Set<String> STATEMENT_KEYS = Set.of("Sid", "Effect", "Action", "Resource");

    /** One statement, whose resources are Fn::Sub formats over the parameter's variable. */
    private record PolicyTemplate(String parameter, String variable, List<String> actions, List<String> resources) {
        Map<String, Object> statement(Object parameterValue) {
            List<Object> subs = resources.stream()
                    .<Object>map(format -> Map.of("Fn::Sub", List.of(format, Map.of(variable, parameterValue))))
                    .toList();
            return Map.of("Effect", "Allow", "Action", actions, "Resource", subs);
        }
    }

    private SamPolicies() {
    }

    static IamPolicy of(TemplateResource function, Intrinsics intrinsics) {
        String where = function.logicalId() + ".Policies";
        if (function.property("Role") != null) {
            throw new TemplateException(function.logicalId() + " names its own Role, whose policies the local runtime"
                    + " does not know; give it Policies instead");
        }
        List<Object> statements = new ArrayList<>();
        Object policies = function.property("Policies");
        List<?> entries = policies == null ? List.of()
                : policies instanceof List<?> list ? list
                : List.of(policies);
        for (Object entry : entries) {
            statements.addAll(expand(entry, where));
        }
        Object resolved = intrinsics.resolve(statements, where);
        try {
            return IamPolicy.parse(LocalJson.MAPPER.valueToTree(Map.of("Statement", resolved)));
        } catch (IllegalArgumentException e) {
            throw new TemplateException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<Object> expand(Object entry, String where) {
        if (!(entry instanceof Map<?, ?> map) || map.size() != 1 && !map.containsKey("Statement")) {
            throw new TemplateException(where + ": " + entry + " is a managed policy or not a policy; the local runtime"
                    + " knows SAM's policy templates and inline policy documents only");
        }
        if (map.containsKey("Statement")) {
            List<?> statements = map.get("Statement") instanceof List<?> list ? list : List.of(map.get("Statement"));
            statements.forEach(statement -> checkSupported(statement, where));
            return new ArrayList<>(statements);
        }
        Map.Entry<?, ?> only = map.entrySet().iterator().next();
        String name = String.valueOf(only.getKey());
        PolicyTemplate template = TEMPLATES.get(name);
        if (template == null) {
            throw new TemplateException(where + ": the policy template " + name + " is not one the local runtime knows ("
                    + String.join(", ", TEMPLATES.keySet()) + ")");
        }
        Map<String, Object> parameters = new LinkedHashMap<>(Template.mapping(only.getValue(), where + "." + name));
        if (!parameters.containsKey(template.parameter())) {
            throw new TemplateException(where + "." + name + ": missing parameter value for " + template.parameter());
        }
        return List.of(template.statement(parameters.get(template.parameter())));
    }

    private static void checkSupported(Object statement, String where) {
        Map<String, Object> keys = Template.mapping(statement, where + " statement");
        for (String key : keys.keySet()) {
            if (!STATEMENT_KEYS.contains(key)) {
                throw new TemplateException(where + ": a statement with " + key + " is not supported by the local runtime");
            }
        }
    }
}
