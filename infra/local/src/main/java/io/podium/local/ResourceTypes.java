package io.podium.local;

/** The CloudFormation and SAM resource types the local runtime gives a meaning to; every other type is ignored. */
final class ResourceTypes {
    static final String TABLE = "AWS::DynamoDB::Table";
    static final String QUEUE = "AWS::SQS::Queue";
    static final String FUNCTION = "AWS::Serverless::Function";
    static final String API = "AWS::Serverless::Api";
    static final String USAGE_PLAN = "AWS::ApiGateway::UsagePlan";
    static final String API_KEY = "AWS::ApiGateway::ApiKey";
    static final String USAGE_PLAN_KEY = "AWS::ApiGateway::UsagePlanKey";

    private ResourceTypes() {
    }
}
