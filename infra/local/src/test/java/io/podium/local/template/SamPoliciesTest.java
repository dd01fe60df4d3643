package io.podium.local.template;

import io.podium.local.iam.IamPolicy;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamPoliciesTest {
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:000000000000:table/";
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:podium-local-Jobs";

    private static IamPolicy policies(String policies) {
        Template template = Template.parse("""
                Resources:
                  Items:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      TableName: items
                  Audit:
                    Type: AWS::DynamoDB::Table
                  Jobs:
                    Type: AWS::SQS::Queue
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y::z
                      Policies:
                """ + policies.indent(8));
        Intrinsics intrinsics = new Intrinsics(template, Map.of(), "http://127.0.0.1:1");
        return FunctionSpec.of(template.function("Fn"), intrinsics).policy();
    }

    @Test
    void readPolicyAllowsReadsOfTheTableAndItsIndexesOnly() {
        IamPolicy policy = policies("- DynamoDBReadPolicy:\n    TableName: !Ref Items");
        assertTrue(policy.allows("dynamodb:GetItem", TABLE + "items"));
        assertTrue(policy.allows("dynamodb:Query", TABLE + "items/index/byScore"));
        assertTrue(policy.allows("dynamodb:BatchGetItem", TABLE + "items"));
        assertFalse(policy.allows("dynamodb:PutItem", TABLE + "items"));
        assertFalse(policy.allows("dynamodb:GetItem", TABLE + "podium-local-Audit"));
        assertFalse(policy.allows("dynamodb:GetItem", TABLE + "items2"));
    }

    @Test
    void writePolicyHasNoDeleteAndCrudPolicyHasConditionChecks() {
        IamPolicy write = policies("- DynamoDBWritePolicy:\n    TableName: !Ref Audit");
        assertTrue(write.allows("dynamodb:PutItem", TABLE + "podium-local-Audit"));
        assertTrue(write.allows("dynamodb:BatchWriteItem", TABLE + "podium-local-Audit"));
        assertFalse(write.allows("dynamodb:DeleteItem", TABLE + "podium-local-Audit"));
        assertFalse(write.allows("dynamodb:GetItem", TABLE + "podium-local-Audit"));
        IamPolicy crud = policies("- DynamoDBCrudPolicy:\n    TableName: !Ref Audit");
        assertTrue(crud.allows("dynamodb:DeleteItem", TABLE + "podium-local-Audit"));
        assertTrue(crud.allows("dynamodb:ConditionCheckItem", TABLE + "podium-local-Audit"));
        assertFalse(crud.allows("dynamodb:DeleteTable", TABLE + "podium-local-Audit"));
    }

    @Test
    void sendMessagePolicyCoversTheQueueByItsName() {
        IamPolicy policy = policies("- SQSSendMessagePolicy:\n    QueueName: !GetAtt Jobs.QueueName");
        assertTrue(policy.allows("sqs:SendMessage", QUEUE));
        assertFalse(policy.allows("sqs:ReceiveMessage", QUEUE));
        assertFalse(policy.allows("sqs:SendMessage", QUEUE + "-other"));
    }

    @Test
    void inlineStatementsResolveTheirIntrinsicsAndMayDeny() {
        IamPolicy policy = policies("""
                - Statement:
                    - Effect: Allow
                      Action: dynamodb:*Item
                      Resource: !GetAtt Items.Arn
                - Version: '2012-10-17'
                  Statement:
                    Effect: Deny
                    Action: dynamodb:DeleteItem
                    Resource: !Sub 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*'""");
        assertTrue(policy.allows("dynamodb:GetItem", TABLE + "items"));
        assertEquals(IamPolicy.Decision.EXPLICIT_DENY, policy.evaluate("dynamodb:DeleteItem", TABLE + "items"));
        assertEquals(IamPolicy.Decision.IMPLICIT_DENY, policy.evaluate("dynamodb:Query", TABLE + "items"));
    }

    @Test
    void whatCannotBeEvaluatedFaithfullyStopsTheStart() {
        assertThrows(TemplateException.class, () -> policies("- AmazonDynamoDBFullAccess"));
        assertThrows(TemplateException.class, () -> policies("- S3ReadPolicy:\n    BucketName: b"));
        assertThrows(TemplateException.class, () -> policies("- DynamoDBReadPolicy: {}"));
        assertThrows(TemplateException.class, () -> policies("""
                - Statement:
                    - Effect: Allow
                      Action: dynamodb:GetItem
                      Resource: '*'
                      Condition: {Bool: {aws:SecureTransport: 'true'}}"""));
    }
}
