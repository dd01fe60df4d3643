package io.podium.local.template;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What template.yaml promises about monitoring and deployment, which only AWS would otherwise show (the local runtime
 * ignores these properties): every function logs JSON into a declared log group with the retention parameter, every
 * alarm tells the alarm topic, the API handlers' alarms leave out exactly the functions that are not API handlers,
 * tables are protected from deletion, schedules have a retry policy and a dead-letter queue, and `sam build` skips
 * the prebuilt CodeUri. docs/deploying.md describes each of these.
 */
class MonitoringTemplateTest {
    private static final Template TEMPLATE = Template.load(Path.of("../../template.yaml"));
    private static final Map<String, Object> TOPIC = Map.of("Fn::If",
            List.of("CreateAlarmTopic", Map.of("Ref", "AlarmTopic"), Map.of("Ref", "AlarmTopicArn")));

    private static List<TemplateResource> functions() {
        return TEMPLATE.ofType(ResourceTypes.FUNCTION);
    }

    private static boolean isApiHandler(TemplateResource function) {
        Map<String, Object> events = function.mappingProperty("Events");
        return !events.isEmpty() && events.values().stream()
                .allMatch(event -> "Api".equals(Template.mapping(event, function.logicalId()).get("Type")));
    }

    @Test
    void everyFunctionLogsJsonIntoALogGroupWithTheRetentionParameter() {
        for (TemplateResource function : functions()) {
            Map<String, Object> logging = function.mappingProperty("LoggingConfig");
            assertEquals("JSON", logging.get("LogFormat"), function.logicalId());
            Object group = logging.get("LogGroup");
            assertTrue(group instanceof Map<?, ?> ref && ref.containsKey("Ref"), function.logicalId() + ": " + group);
            TemplateResource logGroup = TEMPLATE.resource(String.valueOf(((Map<?, ?>) group).get("Ref")));
            assertEquals("AWS::Logs::LogGroup", logGroup.type(), function.logicalId());
            assertEquals(Map.of("Ref", "LogRetentionInDays"), logGroup.property("RetentionInDays"), logGroup.logicalId());
            assertEquals(isApiHandler(function), logGroup.logicalId().equals("ApiFunctionsLogGroup"),
                    function.logicalId() + " logs into " + logGroup.logicalId());
        }
        assertEquals("30", String.valueOf(Template.mapping(TEMPLATE.parameters().get("LogRetentionInDays"), "p").get("Default")));
    }

    @Test
    void everyAlarmTellsTheAlarmTopicOfAlarmAndOk() {
        List<TemplateResource> alarms = TEMPLATE.ofType("AWS::CloudWatch::Alarm");
        assertTrue(alarms.size() >= 13, "alarms: " + alarms.size());
        for (TemplateResource alarm : alarms) {
            assertEquals(List.of(TOPIC), alarm.property("AlarmActions"), alarm.logicalId());
            assertEquals(List.of(TOPIC), alarm.property("OKActions"), alarm.logicalId());
            assertNotNull(alarm.property("AlarmDescription"), alarm.logicalId());
        }
    }

    @Test
    void theApiHandlersAlarmsLeaveOutExactlyTheFunctionsThatAreNotApiHandlers() {
        Set<String> others = functions().stream().filter(function -> !isApiHandler(function))
                .map(TemplateResource::logicalId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("AuthorizerFunction", "RecomputeLeaderboardsFunction", "RecomputeCustomLeaderboardsFunction",
                "RepairSweepFunction", "CampaignStatusFunction", "AutoFinalizeFunction"), others);
        for (String id : List.of("ApiFunctionErrorsAlarm", "ApiFunctionThrottlesAlarm")) {
            Map<String, Object> query = Template.mapping(((List<?>) TEMPLATE.resource(id).property("Metrics")).get(0), id);
            String expression = String.valueOf(Template.mapping(query.get("Expression"), id).get("Fn::Sub"));
            Set<String> excluded = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("FunctionName != '\\$\\{(\\w+)}'").matcher(expression);
            while (m.find()) {
                excluded.add(m.group(1));
            }
            assertEquals(others, excluded, id);
            assertTrue(expression.contains("tag.PodiumStack = '${AWS::StackName}'"), id);
        }
        Map<String, Object> tags = functions().get(0).mappingProperty("Tags");
        assertEquals(Map.of("Ref", "AWS::StackName"), tags.get("PodiumStack"));
    }

    @Test
    void theAccessLogIsJsonWithTheCallersCompanyAndNeverAToken() throws Exception {
        TemplateResource api = TEMPLATE.resource("PodiumApi");
        Map<String, Object> setting = api.mappingProperty("AccessLogSetting");
        assertEquals(Map.of("Fn::GetAtt", List.of("ApiAccessLogGroup", "Arn")), setting.get("DestinationArn"));
        String format = String.valueOf(setting.get("Format"));
        Map<?, ?> fields = new com.fasterxml.jackson.databind.ObjectMapper().readValue(format, Map.class);
        assertEquals("$context.requestId", fields.get("requestId"));
        assertEquals("$context.status", fields.get("status"));
        assertEquals("$context.responseLatency", fields.get("responseLatency"));
        assertEquals("$context.authorizer.copid", fields.get("company"));
        for (String secret : List.of("apiKey", "tokenId", "$context.path", "querystring", "header", "$input", "$method")) {
            assertFalse(format.contains(secret), "the access log names " + secret);
        }
        assertEquals(Map.of("Ref", "LogRetentionInDays"), TEMPLATE.resource("ApiAccessLogGroup").property("RetentionInDays"));
    }

    @Test
    void everyTableHasDeletionProtectionFromTheParameter() {
        List<TemplateResource> tables = TEMPLATE.ofType(ResourceTypes.TABLE);
        assertFalse(tables.isEmpty());
        for (TemplateResource table : tables) {
            assertEquals(Map.of("Fn::If", List.of("ProtectTables", true, false)), table.property("DeletionProtectionEnabled"),
                    table.logicalId());
        }
    }

    @Test
    void everyScheduleRetriesAndDeadLettersAndSoDoesItsFunction() {
        Map<String, Object> queue = Map.of("Fn::GetAtt", List.of("ScheduledJobsDeadLetterQueue", "Arn"));
        int schedules = 0;
        for (TemplateResource function : functions()) {
            for (Object definition : function.mappingProperty("Events").values()) {
                Map<String, Object> event = Template.mapping(definition, function.logicalId());
                if (!"Schedule".equals(event.get("Type"))) {
                    continue;
                }
                schedules++;
                Map<String, Object> properties = Template.mapping(event.get("Properties"), function.logicalId());
                assertNotNull(Template.mapping(properties.get("RetryPolicy"), "RetryPolicy").get("MaximumRetryAttempts"),
                        function.logicalId());
                assertEquals(queue, Template.mapping(properties.get("DeadLetterConfig"), "DeadLetterConfig").get("Arn"),
                        function.logicalId());
                assertEquals(queue, function.mappingProperty("DeadLetterQueue").get("TargetArn"), function.logicalId());
            }
        }
        assertEquals(3, schedules);
    }

    @Test
    void samBuildSkipsThePrebuiltCodeUri() {
        for (TemplateResource function : functions()) {
            assertTrue(String.valueOf(function.property("CodeUri")).endsWith(".zip"), function.logicalId());
        }
    }
}
