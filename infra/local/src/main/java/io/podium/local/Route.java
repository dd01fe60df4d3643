package io.podium.local;

/** An Api event of a function: method and path on an API, and the authorizer in front, or null for none. */
record Route(ApiDefinition api, String method, PathTemplate path, LambdaFunction function, RequestAuthorizer authorizer) {
    static final String ANY = "ANY";
}
