package io.podium.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;

/**
 * One structured JSON log line per request: request id, route, company, status, error code and latency,
 * never a header, a body or a token. The same line carries CloudWatch Embedded Metric Format fields, so
 * CloudWatch counts requests, refusals (4xx) and errors (5xx) per route without an SDK call or an agent.
 */
final class RequestLog {
    private final ApiRequest request;
    private final Context context;
    private String code;
    private Throwable fault;

    RequestLog(ApiRequest request, Context context) {
        this.request = request;
        this.context = context;
    }

    void refusedWith(String errorCode) {
        this.code = errorCode;
    }

    void failedWith(String errorCode, Throwable cause) {
        this.code = errorCode;
        this.fault = cause;
    }

    void write(int status, long latencyMs) {
        ObjectNode line = Json.object()
                .put("level", status >= 500 ? "ERROR" : status >= 400 ? "WARN" : "INFO")
                .put("message", "request")
                .put("requestId", request.requestId())
                .put("route", request.route());
        request.optionalPathParameter("copid").ifPresent(copid -> line.put("copid", copid));
        line.put("status", status).put("latencyMs", latencyMs);
        if (code != null) {
            line.put("code", code);
        }
        if (fault != null) {
            StringWriter trace = new StringWriter();
            fault.printStackTrace(new PrintWriter(trace));
            line.put("error", trace.toString());
        }
        line.put("Requests", 1).put("Refusals", status >= 400 && status < 500 ? 1 : 0).put("Errors", status >= 500 ? 1 : 0);
        ObjectNode metrics = line.putObject("_aws").put("Timestamp", System.currentTimeMillis())
                .putArray("CloudWatchMetrics").addObject().put("Namespace", "Podium");
        metrics.putArray("Dimensions").addArray().add("Route");
        for (String name : new String[]{"Requests", "Refusals", "Errors"}) {
            metrics.withArray("Metrics").addObject().put("Name", name).put("Unit", "Count");
        }
        line.put("Route", request.route());
        String text = Json.write(line);
        if (context != null && context.getLogger() != null) {
            // The byte[] overload: with the function's LogFormat JSON, Lambda's Java runtime wraps a String message in
            // its own JSON object (as an escaped "message" string, so the _aws block would no longer be at the top
            // level and CloudWatch would extract no metric), but writes bytes as they are. With LogFormat Text the
            // line is the same either way.
            context.getLogger().log((text + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
            System.out.println(text);
        }
    }
}
