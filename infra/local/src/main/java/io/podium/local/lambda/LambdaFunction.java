package io.podium.local.lambda;

import io.podium.local.iam.ExecutionRole;
import io.podium.local.template.FunctionSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;

/**
 * A function of the template, invoked in-process. The handler is loaded on first use, as Lambda does on a cold start,
 * so a handler class that does not exist (yet) only fails the invocations that need it. One instance serves all
 * invocations concurrently, so handlers must be thread-safe here, which Lambda never demands. Its DynamoDB and SQS calls
 * are checked against its execution role ({@link io.podium.local.iam.IamEnforcement}).
 */
public final class LambdaFunction {
    private final FunctionSpec spec;
    private final ClassLoader classLoader;
    private final ExecutionRole role;
    private volatile HandlerBinding binding;

    public LambdaFunction(FunctionSpec spec, ClassLoader classLoader) {
        this.spec = spec;
        this.classLoader = classLoader;
        this.role = new ExecutionRole(spec.logicalId(), spec.functionName(), spec.arn(), spec.policy());
    }

    public FunctionSpec spec() {
        return spec;
    }

    /** Sends a JSON event and returns the JSON result; a failure has already been logged to stderr. */
    public byte[] invoke(byte[] event) throws FunctionFailure {
        LocalContext context = new LocalContext(spec, UUID.randomUUID().toString());
        try (ExecutionRole.Session session = role.assume()) {
            return binding().invoke(event, context);
        } catch (Throwable e) {
            FunctionFailure failure = new FunctionFailure(spec.functionName(), e);
            context.getLogger().log("invocation " + context.getAwsRequestId() + " failed: " + stackTrace(e));
            throw failure;
        }
    }

    /** Like a failed Lambda init, a failed load is not remembered: the next invocation tries again. */
    private HandlerBinding binding() throws ReflectiveOperationException {
        HandlerBinding loaded = binding;
        if (loaded == null) {
            synchronized (this) {
                loaded = binding;
                if (loaded == null) {
                    loaded = HandlerBinding.load(spec.handler(), classLoader);
                    binding = loaded;
                }
            }
        }
        return loaded;
    }

    /** Readies what every API route's first request needs, so that a runtime starting can do it in the background. */
    public static void prepareApiEvents(ClassLoader classLoader) {
        HandlerBinding.prepareProxyEventSerializers(classLoader);
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
