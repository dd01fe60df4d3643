package io.podium.bench;

import java.util.Map;
import java.util.TreeMap;

/** DynamoDB work as the service reported it: calls by operation and consumed read and write capacity units. */
record Usage(Map<String, Integer> calls, double rcu, double wcu) {
    Usage {
        calls = Map.copyOf(calls);
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    int calls(String operation) {
        return calls.getOrDefault(operation, 0);
    }

    Map<String, Object> json() {
        return Map.of("calls", new TreeMap<>(calls), "rcu", Bench.round(rcu), "wcu", Bench.round(wcu));
    }
}
