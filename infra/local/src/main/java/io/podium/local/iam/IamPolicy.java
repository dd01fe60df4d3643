package io.podium.local.iam;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An IAM policy, evaluated as IAM evaluates identity-based policies: an explicit Deny wins, then an Allow; nothing
 * matching means deny. {@code *} matches any run of characters (including {@code /}) and {@code ?} any single
 * character, in actions (ignoring case) and in resources. It is the policy a Lambda authorizer returns (for
 * execute-api:Invoke on a method ARN) and a function's execution role (for the DynamoDB and SQS calls it makes).
 */
public record IamPolicy(List<Statement> statements) {

    /** Deny tells which kind, as AWS's AccessDenied message does. */
    public enum Decision { ALLOW, IMPLICIT_DENY, EXPLICIT_DENY }

    public record Statement(boolean allow, List<Pattern> actions, List<Pattern> resources) {
        boolean matches(String action, String resource) {
            return actions.stream().anyMatch(pattern -> pattern.matcher(action).matches())
                    && resources.stream().anyMatch(pattern -> pattern.matcher(resource).matches());
        }
    }

    /** @throws IllegalArgumentException when the document is not a policy IAM would accept */
    public static IamPolicy parse(JsonNode document) {
        if (document == null || !document.isObject()) {
            throw new IllegalArgumentException("policyDocument is missing");
        }
        List<Statement> statements = new ArrayList<>();
        for (JsonNode statement : oneOrMany(document.get("Statement"), "Statement")) {
            String effect = statement.path("Effect").asText();
            if (!effect.equals("Allow") && !effect.equals("Deny")) {
                throw new IllegalArgumentException("Effect must be Allow or Deny, not " + statement.get("Effect"));
            }
            statements.add(new Statement(effect.equals("Allow"),
                    patterns(statement.get("Action"), "Action", Pattern.CASE_INSENSITIVE),
                    patterns(statement.get("Resource"), "Resource", 0)));
        }
        return new IamPolicy(List.copyOf(statements));
    }

    public Decision evaluate(String action, String resource) {
        if (statements.stream().anyMatch(statement -> !statement.allow() && statement.matches(action, resource))) {
            return Decision.EXPLICIT_DENY;
        }
        return statements.stream().anyMatch(statement -> statement.allow() && statement.matches(action, resource))
                ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    public boolean allows(String action, String resource) {
        return evaluate(action, resource) == Decision.ALLOW;
    }

    private static Pattern wildcard(String pattern, int flags) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), flags | Pattern.DOTALL);
    }

    private static List<Pattern> patterns(JsonNode node, String field, int flags) {
        List<Pattern> patterns = new ArrayList<>();
        for (JsonNode value : oneOrMany(node, field)) {
            if (!value.isTextual()) {
                throw new IllegalArgumentException(field + " must be text, not " + value);
            }
            patterns.add(wildcard(value.asText(), flags));
        }
        return patterns;
    }

    private static List<JsonNode> oneOrMany(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        return values;
    }
}
