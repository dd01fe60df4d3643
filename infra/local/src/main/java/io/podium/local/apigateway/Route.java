package io.podium.local.apigateway;

import io.podium.local.lambda.LambdaFunction;

/**
 * An Api event of a function: method and path on an API, the authorizer in front (or null for none), and whether
 * the method requires an API key.
 */
record Route(ApiDefinition api, String method, PathTemplate path, LambdaFunction function, RequestAuthorizer authorizer,
             boolean apiKeyRequired) {
    static final String ANY = "ANY";
}
