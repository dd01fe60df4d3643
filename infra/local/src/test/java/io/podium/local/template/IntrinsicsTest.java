package io.podium.local.template;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntrinsicsTest {
    private static final Template TEMPLATE = Template.parse("""
            Parameters:
              Stage:
                Type: String
                Default: dev
                AllowedValues: [dev, prod]
              Ttl:
                Type: Number
                Default: 60
                MinValue: 0
                MaxValue: 60
              Zones:
                Type: CommaDelimitedList
                Default: a,b,c
              Required:
                Type: String
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
              IsDev: !Not [!Condition IsProd]
              Both: !And [!Condition IsDev, !Equals [!Ref Ttl, 60]]
              Either: !Or [!Condition IsProd, !Equals ['1', '2']]
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
              NamedTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub '${AWS::StackName}-${Stage}-named'
              Queue:
                Type: AWS::SQS::Queue
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  AutoPublishAlias: live
              ProdOnly:
                Type: AWS::SQS::Queue
                Condition: IsProd
              Api:
                Type: AWS::Serverless::Api
              Topic:
                Type: AWS::SNS::Topic
            """);

    private final Intrinsics intrinsics = intrinsics(Map.of());

    private static Intrinsics intrinsics(Map<String, String> parameters) {
        return new Intrinsics(TEMPLATE, TemplateParameters.values(TEMPLATE, parameters), "http://127.0.0.1:9324");
    }

    private Object resolve(String yaml) {
        return intrinsics.resolve(CloudFormationYaml.parse("v: " + yaml).get("v"), "test");
    }

    @Test
    void refsOfResourcesAreTheirLocalPhysicalIdentifiers() {
        assertEquals("podium-local-Table", resolve("!Ref Table"));
        assertEquals("podium-local-dev-named", resolve("!Ref NamedTable"));
        assertEquals("http://127.0.0.1:9324/000000000000/podium-local-Queue", resolve("!Ref Queue"));
        assertEquals("podium-local-Fn", resolve("!Ref Fn"));
        assertEquals("Api", resolve("!Ref Api"));
    }

    @Test
    void getAttGivesArnsNamesAndUrls() {
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/podium-local-Table", resolve("!GetAtt Table.Arn"));
        assertEquals("arn:aws:sqs:us-east-1:000000000000:podium-local-Queue", resolve("!GetAtt Queue.Arn"));
        assertEquals("podium-local-Queue", resolve("!GetAtt Queue.QueueName"));
        assertEquals("http://127.0.0.1:9324/000000000000/podium-local-Queue", resolve("!GetAtt [Queue, QueueUrl]"));
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:podium-local-Fn", resolve("!GetAtt Fn.Arn"));
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:podium-local-Fn:live", resolve("!Ref Fn.Alias"));
    }

    @Test
    void pseudoParametersAndParameters() {
        assertEquals("us-east-1/000000000000/podium-local/aws/amazonaws.com",
                resolve("!Sub '${AWS::Region}/${AWS::AccountId}/${AWS::StackName}/${AWS::Partition}/${AWS::URLSuffix}'"));
        assertEquals("dev", resolve("!Ref Stage"));
        assertEquals("60", resolve("!Ref Ttl"));
        assertEquals(List.of("a", "b", "c"), resolve("!Ref Zones"));
    }

    @Test
    void subInBothFormsJoinSelectAndSplit() {
        assertEquals("dev:podium-local-Queue:${literal}", resolve("!Sub '${Stage}:${Queue.QueueName}:${!literal}'"));
        assertEquals("x-dev-60", resolve("!Sub ['${Prefix}-${Stage}-${T}', {Prefix: x, T: !Ref Ttl}]"));
        assertEquals("a|b|c", resolve("!Join ['|', !Ref Zones]"));
        assertEquals("podium-local-Table,dev", resolve("!Join [',', [!Ref Table, !Ref Stage]]"));
        assertEquals("b", resolve("!Select [1, !Split [',', 'a,b,c']]"));
        assertEquals("c", resolve("!Select ['2', !Ref Zones]"));
    }

    @Test
    void conditionsDriveIfAndResourceInclusion() {
        assertEquals("development", resolve("!If [IsProd, production, development]"));
        assertTrue(intrinsics.condition("IsDev"));
        assertTrue(intrinsics.condition("Both"));
        assertFalse(intrinsics.condition("Either"));
        assertFalse(intrinsics.included(TEMPLATE.resource("ProdOnly")));
        Intrinsics prod = intrinsics(Map.of("Stage", "prod"));
        assertTrue(prod.included(TEMPLATE.resource("ProdOnly")));
        TemplateException error = assertThrows(TemplateException.class, () -> resolve("!Ref ProdOnly"));
        assertTrue(error.getMessage().contains("condition IsProd is false"), error.getMessage());
    }

    @Test
    void noValueRemovesKeysAndListElements() {
        assertEquals(Map.of("kept", "k"), resolve("{kept: k, dropped: !If [IsProd, p, !Ref 'AWS::NoValue']}"));
        assertEquals(List.of("a"), resolve("[a, !If [IsProd, p, !Ref 'AWS::NoValue']]"));
        assertNull(resolve("!If [IsProd, p, !Ref 'AWS::NoValue']"));
    }

    @Test
    void unsupportedIntrinsicsFailOnlyWhereTheirValueIsNeeded() {
        Template template = Template.parse("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::c
                      Description: !ImportValue SomethingElse
                """);
        Intrinsics lazy = new Intrinsics(template, Map.of(), "http://127.0.0.1:1");
        assertEquals("a.B::c", lazy.text(template.resource("Fn").property("Handler"), "Fn.Handler"));
        TemplateException error = assertThrows(TemplateException.class,
                () -> lazy.text(template.resource("Fn").property("Description"), "Fn.Description"));
        assertEquals("Fn.Description: Fn::ImportValue is not supported by the local runtime", error.getMessage());
        assertThrows(TemplateException.class, () -> resolve("!Ref Topic"));
        assertThrows(TemplateException.class, () -> resolve("!GetAtt Table.StreamArn"));
    }

    @Test
    void parametersAreCheckedAsCloudFormationChecksThem() {
        assertEquals("prod", intrinsics(Map.of("Stage", "prod")).text(Map.of("Ref", "Stage"), "t"));
        assertThrows(TemplateException.class, () -> TemplateParameters.values(TEMPLATE, Map.of("Stage", "qa")));
        assertThrows(TemplateException.class, () -> TemplateParameters.values(TEMPLATE, Map.of("Ttl", "61")));
        assertThrows(TemplateException.class, () -> TemplateParameters.values(TEMPLATE, Map.of("Ttl", "soon")));
        assertThrows(TemplateException.class, () -> TemplateParameters.values(TEMPLATE, Map.of("Unknown", "1")));
        TemplateException missing = assertThrows(TemplateException.class, () -> resolve("!Ref Required"));
        assertTrue(missing.getMessage().contains("--param Required=VALUE"), missing.getMessage());
    }
}
