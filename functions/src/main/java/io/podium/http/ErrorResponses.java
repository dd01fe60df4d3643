package io.podium.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.Conflict;
import io.podium.errors.DomainException;
import io.podium.errors.ErrorDetail;
import io.podium.errors.Forbidden;
import io.podium.errors.Gone;
import io.podium.errors.InvalidInput;
import io.podium.errors.NotFound;
import io.podium.errors.PreconditionFailed;
import io.podium.errors.TooLarge;
import io.podium.errors.Unauthenticated;
import io.podium.errors.Unavailable;
import io.podium.json.Json;

import java.util.List;
import java.util.Map;

/**
 * The one table from refusals to HTTP: each kind of {@link DomainException} has its status here and nowhere else.
 * The body is the route's {@link ErrorStyle}; a 503 tells the client when to retry, and a 401 how to authenticate.
 */
public final class ErrorResponses {
    public static final int RETRY_AFTER_SECONDS = 1;

    private static final Map<Class<? extends DomainException>, Integer> STATUS = Map.of(
            InvalidInput.class, 400,
            Unauthenticated.class, 401,
            Forbidden.class, 403,
            NotFound.class, 404,
            Conflict.class, 409,
            Gone.class, 410,
            PreconditionFailed.class, 412,
            TooLarge.class, 413,
            Unavailable.class, 503);

    private ErrorResponses() {
    }

    public static APIGatewayProxyResponseEvent of(DomainException refusal, ErrorStyle style) {
        int status = status(refusal);
        APIGatewayProxyResponseEvent response = body(style, status, refusal.code(), refusal.getMessage(), refusal.details());
        if (status == 503) {
            response.getHeaders().put("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        if (refusal instanceof Unauthenticated unauthenticated) {
            response.getHeaders().put("WWW-Authenticate", challenge(unauthenticated.challenge()));
        }
        return response;
    }

    /** A fault that is not the client's: it gets a request id to quote, never the exception. */
    static APIGatewayProxyResponseEvent internalError(String requestId, ErrorStyle style) {
        return body(style, 500, "internal_error",
                "Internal error; quote request id " + requestId + " when reporting it.", List.of());
    }

    /** RFC 6750 §3 and RFC 6749 §5.2: the scheme the client should use, and what was wrong with the token it sent. */
    private static String challenge(Unauthenticated.Challenge challenge) {
        return switch (challenge) {
            case BEARER -> "Bearer realm=\"podium\"";
            case BEARER_INVALID_TOKEN -> "Bearer realm=\"podium\", error=\"invalid_token\"";
            case BASIC -> "Basic realm=\"podium\"";
        };
    }

    /** The status of a refusal's kind: the nearest class of the table, so a subclass answers as its kind. */
    public static int status(DomainException refusal) {
        for (Class<?> type = refusal.getClass(); type != null; type = type.getSuperclass()) {
            Integer status = STATUS.get(type);
            if (status != null) {
                return status;
            }
        }
        throw new IllegalStateException(refusal.getClass().getName() + " has no status in ErrorResponses");
    }

    private static APIGatewayProxyResponseEvent body(ErrorStyle style, int status, String code, String message,
                                                     List<ErrorDetail> details) {
        ObjectNode body = Json.object();
        if (style == ErrorStyle.PLAYOFF) {
            body.put("error", style.code(code));
            body.put("error_description", message);
            if (!details.isEmpty()) {
                addDetails(body.putArray("data"), details);
            }
            return ApiResponse.json(status, body);
        }
        ObjectNode err = body.putObject("error");
        err.put("code", code);
        err.put("message", message);
        addDetails(err.putArray("details"), details);
        return ApiResponse.json(status, body);
    }

    private static void addDetails(ArrayNode list, List<ErrorDetail> details) {
        for (ErrorDetail detail : details) {
            ObjectNode d = list.addObject();
            if (detail.index() != null) {
                d.put("index", detail.index());
            }
            d.put("field", detail.field());
            d.put("message", detail.message());
        }
    }
}
