package io.podium.http;

import java.util.List;
import java.util.Map;

/**
 * A refusal with a stable error code. Thrown anywhere below a handler and turned into the JSON body
 * {"error":{"code","message","details"}} by {@link ApiHandler}. It carries no stack trace: it is an answer,
 * not a fault, and nothing of it may leak internals.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final List<ErrorDetail> details;
    private final Map<String, String> headers;

    public ApiError(int status, String code, String message, List<ErrorDetail> details, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    public ApiError(int status, String code, String message, List<ErrorDetail> details) {
        this(status, code, message, details, Map.of());
    }

    public ApiError(int status, String code, String message) {
        this(status, code, message, List.of(), Map.of());
    }

    public static ApiError invalidJson(String message, List<ErrorDetail> details) {
        return new ApiError(400, "invalid_json", message, details);
    }

    public static ApiError validationFailed(List<ErrorDetail> details) {
        return new ApiError(400, "validation_failed", "The request has invalid fields; see details.", details);
    }

    public static ApiError validationFailed(String field, String message) {
        return validationFailed(List.of(ErrorDetail.field(field, message)));
    }

    public static ApiError notFound(String code, String message) {
        return new ApiError(404, code, message);
    }

    public static ApiError forbidden(String code, String message) {
        return new ApiError(403, code, message);
    }

    /** 503 with Retry-After: a transient condition the client should retry. */
    public static ApiError busy(String code, String message, int retryAfterSeconds) {
        return new ApiError(503, code, message, List.of(), Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ErrorDetail> details() {
        return details;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
