package io.podium.local.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.nio.charset.StandardCharsets;

/** A function's log, which on Lambda goes to CloudWatch; here to stderr, each line tagged with the function name. */
record FunctionLogger(String functionName) implements LambdaLogger {

    @Override
    public void log(String message) {
        System.err.println("[" + functionName + "] " + message.stripTrailing());
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
