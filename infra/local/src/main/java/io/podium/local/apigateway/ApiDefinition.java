package io.podium.local.apigateway;

import java.util.Map;

/** An AWS::Serverless::Api: its stage, its stage variables, its gateway responses, its throttling and API keys. */
record ApiDefinition(String logicalId, String stageName, Map<String, String> stageVariables,
                     GatewayResponses gatewayResponses, ApiUsage usage) {
}
