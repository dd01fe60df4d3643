package io.podium.local;

import java.util.Map;

/** An AWS::Serverless::Api: its stage, its stage variables and its gateway responses. */
record ApiDefinition(String logicalId, String stageName, Map<String, String> stageVariables,
                     GatewayResponses gatewayResponses) {
}
