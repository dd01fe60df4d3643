package io.podium.local.apigateway;

import java.util.Set;

/**
 * An AWS::ApiGateway::UsagePlan: the APIs whose stages it covers and its throttle per API key (null: unthrottled).
 * Its id is its logical id, as a REST API's is.
 */
public record UsagePlan(String id, String name, Set<String> apiIds, Throttle throttle) {
}
