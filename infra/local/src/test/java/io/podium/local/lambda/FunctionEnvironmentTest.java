package io.podium.local.lambda;

import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionEnvironmentTest {

    private static Map<String, String> environment(String template) {
        Template parsed = Template.parse(template);
        Intrinsics intrinsics = new Intrinsics(parsed, Map.of(), "http://127.0.0.1:1");
        return FunctionEnvironment.merge(FunctionSpec.all(parsed, intrinsics), intrinsics);
    }

    @Test
    void variablesOfAllFunctionsAreMergedAndResolved() {
        Map<String, String> merged = environment("""
                Globals:
                  Function:
                    Environment:
                      Variables:
                        JAVA_TOOL_OPTIONS: -XX:TieredStopAtLevel=1
                        TABLE: !Ref Table
                Resources:
                  A:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.A::h
                      Environment:
                        Variables:
                          QUEUE: !GetAtt Queue.QueueUrl
                  B:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: b.B::h
                      Environment:
                        Variables:
                          QUEUE: !Ref Queue
                  Table:
                    Type: AWS::DynamoDB::Table
                  Queue:
                    Type: AWS::SQS::Queue
                """);
        assertEquals(Map.of(
                "TABLE", "podium-local-Table",
                "QUEUE", "http://127.0.0.1:1/000000000000/podium-local-Queue"), merged);
    }

    @Test
    void twoFunctionsDisagreeingOnAVariableIsAStartupError() {
        TemplateException error = assertThrows(TemplateException.class, () -> environment("""
                Resources:
                  A:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.A::h
                      Environment: {Variables: {MODE: fast}}
                  B:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: b.B::h
                      Environment: {Variables: {MODE: slow}}
                """));
        assertTrue(error.getMessage().contains("MODE is fast in A but slow in B"), error.getMessage());
    }

    /** Each function's JVM flags are its own on Lambda (the consumer runs C2, the API C1): no conflict locally. */
    @Test
    void functionsMayEachHaveTheirOwnJvmFlags() {
        Map<String, String> merged = environment("""
                Globals:
                  Function:
                    Environment:
                      Variables:
                        JAVA_TOOL_OPTIONS: -XX:TieredStopAtLevel=1
                Resources:
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.A::h
                  Consumer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: b.B::h
                      Environment: {Variables: {JAVA_TOOL_OPTIONS: -XX:+TieredCompilation}}
                """);
        assertEquals(Map.of(), merged);
    }
}
