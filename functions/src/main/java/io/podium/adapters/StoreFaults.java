package io.podium.adapters;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Tells a transient fault of AWS (throttling, 5xx, network) that the SDK's own retries did not cure. */
public final class StoreFaults {
    private StoreFaults() {
    }

    public static boolean isTransient(Throwable fault) {
        if (fault instanceof StoreBusyException || fault instanceof SdkClientException) {
            return true;
        }
        return fault instanceof AwsServiceException service
                && (service.isThrottlingException() || service.statusCode() >= 500);
    }
}
