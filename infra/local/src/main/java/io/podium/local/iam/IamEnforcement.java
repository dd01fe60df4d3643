package io.podium.local.iam;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.services.sqs.model.SqsRequest;

/**
 * Refuses a function's DynamoDB or SQS call that its execution role does not allow, as AWS would, before it reaches the
 * local service. The SDK loads it into every client from software/amazon/awssdk/global/handlers/execution.interceptors:
 * the functions share their clients, so only here, on the calling thread, is it known which function calls. Calls made
 * outside an invocation are the runtime's own (creating tables and queues, polling a queue as Lambda's event source
 * mapping does) and are not checked.
 *
 * <p>The refusal is the exception the SDK makes of AWS's answer: for DynamoDB a 400 AccessDeniedException, for SQS a 403
 * AccessDenied, with AWS's message. It is thrown before the retry stage, as AWS's is never retried.
 */
public final class IamEnforcement implements ExecutionInterceptor {

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        ExecutionRole role = ExecutionRole.current();
        if (role == null) {
            return;
        }
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        for (RequestedAccess access : RequestedAccess.of(operation, context.request(), role)) {
            IamPolicy.Decision decision = role.policy().evaluate(access.action(), access.resource());
            if (decision != IamPolicy.Decision.ALLOW) {
                throw refusal(context.request() instanceof SqsRequest, attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                        role, access, decision);
            }
        }
    }

    private static AwsServiceException refusal(boolean sqs, String service, ExecutionRole role, RequestedAccess access,
                                               IamPolicy.Decision decision) {
        String message = "User: " + role.principalArn() + " is not authorized to perform: " + access.action()
                + " on resource: " + access.resource() + (decision == IamPolicy.Decision.EXPLICIT_DENY
                ? " with an explicit deny in an identity-based policy"
                : " because no identity-based policy allows the " + access.action() + " action");
        String errorCode = sqs ? "AccessDenied" : "AccessDeniedException";
        // The function's log, tagged as its other lines are, naming the template's function and the missing permission.
        System.err.println("[" + role.functionName() + "] " + errorCode + ": " + role.logicalId() + " may not "
                + access.action() + " on " + access.resource() + " (its Policies in the template do not allow it)");
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(errorCode)
                .errorMessage(message)
                .serviceName(service)
                .build();
        AwsServiceException.Builder exception = sqs ? SqsException.builder() : DynamoDbException.builder();
        return exception.awsErrorDetails(details).statusCode(sqs ? 403 : 400).message(message).build();
    }
}
