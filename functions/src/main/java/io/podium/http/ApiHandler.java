package io.podium.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.store.StoreFaults;

import java.io.PrintWriter;
import java.io.StringWriter;
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
        ApiRequest request = new ApiRequest(event);
        try {
            Optional<Caller> caller = access.check(request);
            return handle(request, caller);
        } catch (ApiError refusal) {
            return ApiResponse.error(refusal);
        } catch (RuntimeException fault) {
            // Logged in full for operators; the client gets a request id to quote, never the exception.
            log(context, "request " + request.requestId() + " " + request.route() + " failed: " + stackTrace(fault));
            if (StoreFaults.isTransient(fault)) {
                return ApiResponse.error(ApiError.busy("busy", "The store is busy; retry shortly.", RETRY_AFTER_SECONDS));
            }
            return ApiResponse.error(new ApiError(500, "internal_error",
                    "Internal error; quote request id " + request.requestId() + " when reporting it."));
        }
    }

    protected abstract APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller);

    private static void log(Context context, String message) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(message);
        } else {
            System.err.println(message);
        }
    }

    private static String stackTrace(Throwable fault) {
        StringWriter out = new StringWriter();
        fault.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
