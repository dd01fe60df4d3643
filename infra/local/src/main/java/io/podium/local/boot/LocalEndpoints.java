package io.podium.local.boot;

import io.podium.local.template.Intrinsics;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the local stand-ins of the AWS services the functions call listen.
 *
 * @param environmentCredentials the DynamoDB endpoint was given and the environment names AWS credentials: everyone
 *                               uses those (ElasticMQ accepts any), rather than the local ones
 */
record LocalEndpoints(URI dynamoDb, URI sqs, URI apiGateway, boolean environmentCredentials) {

    /**
     * The system properties that send the functions to these services. The SDK's own endpoint properties are set too,
     * so a client that ignores DYNAMODB_ENDPOINT, SQS_ENDPOINT or APIGATEWAY_ENDPOINT still talks to the local
     * services, never to AWS.
     */
    Map<String, String> functionProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("AWS_REGION", Intrinsics.REGION);
        properties.put("aws.region", Intrinsics.REGION);
        properties.put("DYNAMODB_ENDPOINT", dynamoDb.toString());
        properties.put("SQS_ENDPOINT", sqs.toString());
        properties.put("aws.endpointUrlDynamoDb", dynamoDb.toString());
        properties.put("aws.endpointUrlSqs", sqs.toString());
        properties.put("APIGATEWAY_ENDPOINT", apiGateway.toString());
        properties.put("aws.endpointUrlApiGateway", apiGateway.toString());
        if (!environmentCredentials) {
            properties.put("aws.accessKeyId", LocalAwsClients.ACCESS_KEY_ID);
            properties.put("aws.secretAccessKey", LocalAwsClients.SECRET_ACCESS_KEY);
        }
        return properties;
    }
}
