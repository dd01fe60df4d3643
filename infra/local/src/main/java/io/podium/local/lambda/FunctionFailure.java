package io.podium.local.lambda;

/** A function invocation that did not return: its handler threw, or the handler could not be loaded or fed. */
public final class FunctionFailure extends Exception {
    FunctionFailure(String functionName, Throwable cause) {
        super(functionName + ": " + cause, cause);
    }

    /** What Lambda reports instead of a result. */
    public LambdaError error() {
        return LambdaError.of(getCause());
    }

    /** What Lambda reports as errorMessage; API Gateway compares it, for example with "Unauthorized". */
    public String errorMessage() {
        return error().errorMessage();
    }
}
