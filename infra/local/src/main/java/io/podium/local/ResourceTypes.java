package io.podium.local;

/** The CloudFormation and SAM resource types the local runtime gives a meaning to; every other type is ignored. */
final class ResourceTypes {
    static final String TABLE = "AWS::DynamoDB::Table";
    static final String QUEUE = "AWS::SQS::Queue";
    static final String FUNCTION = "AWS::Serverless::Function";
    static final String API = "AWS::Serverless::Api";

    private ResourceTypes() {
    }
}
