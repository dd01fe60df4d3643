package io.podium.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.store.StoreFaults;

import java.util.Optional;

/**
 * The shape every API function shares: check access, run the route, map refusals to JSON errors.
 * Subclasses only parse, call the domain and map the result. Instances are stateless and thread-safe:
 * the local runtime calls one instance from many threads.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    public static final int RETRY_AFTER_SECONDS = 1;

    private final Access access;

    protected ApiHandler(Access access) {
        this.access = access;
    }

    @Override
    public final APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        long started = System.nanoTime();
        ApiRequest request = new ApiRequest(event);
        RequestLog log = new RequestLog(request, context);
        APIGatewayProxyResponseEvent response;
        try {
            Optional<Caller> caller = access.check(request);
            response = handle(request, caller);
        } catch (ApiError refusal) {
            log.refusedWith(refusal.code());
            response = ApiResponse.error(refusal);
        } catch (RuntimeException fault) {
            // Logged in full for operators; the client gets a request id to quote, never the exception.
            ApiError answer = StoreFaults.isTransient(fault)
                    ? ApiError.busy("busy", "The store is busy; retry shortly.", RETRY_AFTER_SECONDS)
                    : new ApiError(500, "internal_error",
                            "Internal error; quote request id " + request.requestId() + " when reporting it.");
            log.failedWith(answer.code(), fault);
            response = ApiResponse.error(answer);
        }
        log.write(response.getStatusCode(), (System.nanoTime() - started) / 1_000_000);
        return response;
    }

    protected abstract APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller);
}
