package io.podium.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.adapters.StoreFaults;
import io.podium.errors.DomainException;
import io.podium.errors.Unavailable;

import java.util.HashMap;
import java.util.Map;

/**
 * The shape every API function shares: check access, run the route, map refusals to JSON errors.
 * Subclasses only parse, call the domain and map the result. Instances are stateless and thread-safe:
 * the local runtime calls one instance from many threads.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final Access access;

    protected ApiHandler(Access access) {
        this.access = access;
    }

    @Override
    public final APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        long started = System.nanoTime();
        ApiRequest request = new ApiRequest(event);
        ErrorStyle style = ErrorStyle.ofRoute(request.resource());
        RequestLog log = new RequestLog(request, context);
        APIGatewayProxyResponseEvent response;
        try {
            access.check(request);
            response = handle(request);
        } catch (DomainException refusal) {
            log.refusedWith(refusal.code());
            response = ErrorResponses.of(refusal, style);
        } catch (RuntimeException fault) {
            // Logged in full for operators; the client gets a request id to quote, never the exception.
            if (StoreFaults.isTransient(fault)) {
                log.failedWith("busy", fault);
                response = ErrorResponses.of(new Unavailable("busy", "The store is busy; retry shortly."), style);
            } else {
                log.failedWith("internal_error", fault);
                response = ErrorResponses.internalError(request.requestId(), style);
            }
        }
        Map<String, String> always = alwaysHeaders();
        if (!always.isEmpty()) {
            Map<String, String> headers = response.getHeaders() == null ? new HashMap<>() : new HashMap<>(response.getHeaders());
            headers.putAll(always);
            response.setHeaders(headers);
        }
        log.write(response.getStatusCode(), (System.nanoTime() - started) / 1_000_000);
        return response;
    }

    /** Headers every answer of this handler carries, refusals and faults included; none unless a handler says so. */
    protected Map<String, String> alwaysHeaders() {
        return Map.of();
    }

    protected abstract APIGatewayProxyResponseEvent handle(ApiRequest request);
}
