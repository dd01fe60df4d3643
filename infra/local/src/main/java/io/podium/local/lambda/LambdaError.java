package io.podium.local.lambda;

import java.util.Arrays;
import java.util.List;

/**
 * How the Lambda Java runtime reports an exception a handler threw, as the invocation's JSON result: the message (the
 * exception's class name when it has none), the exception's class name and its stack trace.
 */
public record LambdaError(String errorMessage, String errorType, List<String> stackTrace) {

    static LambdaError of(Throwable exception) {
        String message = exception.getLocalizedMessage();
        return new LambdaError(message != null ? message : exception.getClass().getName(), exception.getClass().getName(),
                Arrays.stream(exception.getStackTrace()).map(StackTraceElement::toString).toList());
    }
}
