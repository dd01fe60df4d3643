package io.podium.local.template;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateParsingTest {

    @Test
    void shortFormTagsBecomeTheLongForm() {
        Map<String, Object> document = CloudFormationYaml.parse("""
                a: !Ref Table
                b: !GetAtt Queue.Arn
                c: !GetAtt [Queue, QueueName]
                d: !Sub '${AWS::Region}-x'
                e: !Join [',', [!Ref A, b]]
                f: !If [IsProd, 1, 2]
                g: !Select [0, !Split [',', 'x,y']]
                h: !Equals [!Ref Stage, prod]
                i: !Condition IsProd
                j: !GetAtt Api.RootResource.Id
                """);
        assertEquals(Map.of("Ref", "Table"), document.get("a"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Queue", "Arn")), document.get("b"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Queue", "QueueName")), document.get("c"));
        assertEquals(Map.of("Fn::Sub", "${AWS::Region}-x"), document.get("d"));
        assertEquals(Map.of("Fn::Join", List.of(",", List.of(Map.of("Ref", "A"), "b"))), document.get("e"));
        assertEquals(Map.of("Fn::If", List.of("IsProd", 1, 2)), document.get("f"));
        assertEquals(Map.of("Fn::Select", List.of(0, Map.of("Fn::Split", List.of(",", "x,y")))), document.get("g"));
        assertEquals(Map.of("Fn::Equals", List.of(Map.of("Ref", "Stage"), "prod")), document.get("h"));
        assertEquals(Map.of("Condition", "IsProd"), document.get("i"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Api", "RootResource.Id")), document.get("j"));
    }

    @Test
    void duplicateKeysAreRejectedAsCloudFormationDoes() {
        assertThrows(RuntimeException.class, () -> CloudFormationYaml.parse("a: 1\na: 2\n"));
    }

    @Test
    void globalsMergeIntoFunctionsAndApis() {
        Template template = Template.parse("""
                Globals:
                  Function:
                    Timeout: 29
                    MemorySize: 512
                    Layers: [global-layer]
                    Environment:
                      Variables:
                        SHARED: global
                        OVERRIDDEN: global
                  Api:
                    StageName: v1
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::c
                      Timeout: 5
                      Layers: [own-layer]
                      Environment:
                        Variables:
                          OVERRIDDEN: !Ref Table
                          OWN: own
                  Api:
                    Type: AWS::Serverless::Api
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      TableName: t
                """);
        Map<String, Object> function = template.resource("Fn").properties();
        assertEquals(5, function.get("Timeout"));
        assertEquals(512, function.get("MemorySize"));
        assertEquals(List.of("global-layer", "own-layer"), function.get("Layers"));
        assertEquals(Map.of("Variables", Map.of("SHARED", "global", "OVERRIDDEN", Map.of("Ref", "Table"), "OWN", "own")),
                function.get("Environment"));
        assertEquals("v1", template.resource("Api").property("StageName"));
        assertEquals(Map.of("TableName", "t"), template.resource("Table").properties(), "Globals apply to SAM types only");
    }

    @Test
    void anIntrinsicInTheFunctionReplacesAMappingInGlobals() {
        Object merged = SamGlobals.merge(Map.of("Variables", Map.of("A", "1")), Map.of("Fn::If", List.of("C", "x", "y")));
        assertEquals(Map.of("Fn::If", List.of("C", "x", "y")), merged);
    }

    @Test
    void aResourceWithoutTypeIsReported() {
        TemplateException error = assertThrows(TemplateException.class, () -> Template.parse("Resources:\n  X:\n    Properties: {}\n"));
        assertTrue(error.getMessage().contains("X has no Type"), error.getMessage());
    }
}
