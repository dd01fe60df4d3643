package io.podium.local.iam;

/**
 * The role a function runs with: on Lambda, the one SAM creates for it ({@code <LogicalId>Role}) holding the policies of
 * its {@code Policies}. The functions share one JVM and one SDK client each for DynamoDB and SQS, so the role of a call
 * is the role of the invocation that makes it: it is the thread's while the invocation runs, and the threads the
 * invocation starts (a handler's parallel writes) inherit it.
 *
 * @param logicalId    the function's logical id in the template
 * @param functionName its physical name, the session name of the role on Lambda
 * @param functionArn  its ARN, which gives the partition, region and account of the resources it calls
 */
public record ExecutionRole(String logicalId, String functionName, String functionArn, IamPolicy policy) {
    private static final InheritableThreadLocal<ExecutionRole> CURRENT = new InheritableThreadLocal<>();

    /** The role of the invocation running on this thread, or null for the runtime's own calls (creating tables, polling). */
    static ExecutionRole current() {
        return CURRENT.get();
    }

    /** Makes this the role of the calls made on this thread until the returned session is closed. */
    public Session assume() {
        ExecutionRole previous = CURRENT.get();
        CURRENT.set(this);
        return () -> CURRENT.set(previous);
    }

    /** AutoCloseable without the checked exception. */
    public interface Session extends AutoCloseable {
        @Override
        void close();
    }

    /** The principal AWS names in an AccessDenied message: the assumed role's session. */
    String principalArn() {
        return "arn:" + arnPart(1) + ":sts::" + account() + ":assumed-role/" + logicalId + "Role/" + functionName;
    }

    String partition() {
        return arnPart(1);
    }

    String region() {
        return arnPart(3);
    }

    String account() {
        return arnPart(4);
    }

    private String arnPart(int index) {
        String[] parts = functionArn.split(":", 6);
        if (parts.length < 6) {
            throw new IllegalStateException(logicalId + " has no ARN of the form arn:partition:lambda:region:account:...,"
                    + " but " + functionArn);
        }
        return parts[index];
    }
}
