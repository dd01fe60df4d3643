package io.podium.local.template;

/** The CloudFormation and SAM resource types the local runtime gives a meaning to; every other type is ignored. */
public final class ResourceTypes {
    public static final String TABLE = "AWS::DynamoDB::Table";
    public static final String QUEUE = "AWS::SQS::Queue";
    public static final String FUNCTION = "AWS::Serverless::Function";
    public static final String API = "AWS::Serverless::Api";
    public static final String USAGE_PLAN = "AWS::ApiGateway::UsagePlan";
    public static final String API_KEY = "AWS::ApiGateway::ApiKey";
    public static final String USAGE_PLAN_KEY = "AWS::ApiGateway::UsagePlanKey";

    private ResourceTypes() {
    }
}
