package io.podium.adapters.dynamodb;

import io.podium.activity.ActivityLog;
import io.podium.activity.FeedEvent;
import io.podium.activity.FeedPosition;
import io.podium.activity.FeedRange;
import io.podium.activity.FeedSlice;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.List;
import java.util.Map;

/**
 * The activity feeds, read from the Events table's feed indexes ({@link DynamoDbEventLog}), all keyed by
 * {@code logAt} = time (ISO-8601, milliseconds, fixed width) {@code #} padded id, so that a range of positions is one
 * key condition, {@code logAt BETWEEN :oldest AND :newest}: {@code ByCompanyTime} ({@code logCompany} = copid) for the
 * game's, {@code ByDriverTime} ({@code logDriver} = copid#actor) for a player's, {@code ByTeamTime} ({@code logTeam} =
 * copid#team, or copid#owner/id) for a team's or a process's own events. A slice is one Query, newest first; the indexes are eventually consistent, as a
 * feed may be.
 */
public final class DynamoDbActivityLog implements ActivityLog {
    static final String BY_COMPANY_TIME = "ByCompanyTime";
    static final String BY_TEAM_TIME = "ByTeamTime";
    /** Member feeds read at once for a team's page. */
    private static final int PARALLEL = 8;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbActivityLog(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public FeedSlice company(String copid, FeedRange range, int limit) {
        return slice(query(BY_COMPANY_TIME, "logCompany", copid, range).limit(limit).scanIndexForward(false));
    }

    @Override
    public FeedSlice driver(String copid, String driver, FeedRange range, int limit) {
        return slice(query(DynamoDbEventLog.BY_DRIVER_TIME, "logDriver", copid + "#" + driver, range).limit(limit)
                .scanIndexForward(false));
    }

    @Override
    public List<FeedSlice> drivers(String copid, List<DriverRange> ranges, int limit) {
        return Parallel.each(ranges, PARALLEL, range -> List.of(driver(copid, range.driver(), range.range(), limit)));
    }

    /** Every page, oldest first. */
    @Override
    public List<FeedEvent> team(String copid, String teamId, FeedRange range) {
        return dynamo.queryPaginator(query(BY_TEAM_TIME, "logTeam", DynamoDbEventLog.groupFeed(copid, teamId), range)
                        .scanIndexForward(true).build())
                .items().stream().map(DynamoDbActivityLog::event).toList();
    }

    @Override
    public FeedSlice process(String copid, String processId, FeedRange range, int limit) {
        return slice(query(BY_TEAM_TIME, "logTeam", DynamoDbEventLog.groupFeed(copid, processId), range).limit(limit)
                .scanIndexForward(false));
    }

    private QueryRequest.Builder query(String index, String key, String value, FeedRange range) {
        return QueryRequest.builder().tableName(table).indexName(index)
                .keyConditionExpression("#key = :key AND logAt BETWEEN :oldest AND :newest")
                .expressionAttributeNames(Map.of("#key", key))
                .expressionAttributeValues(Map.of(":key", Attributes.s(value),
                        ":oldest", Attributes.s(logAt(range.oldest())), ":newest", Attributes.s(logAt(range.newest()))));
    }

    /** One Query: complete when DynamoDB has nothing more in the range (no LastEvaluatedKey). */
    private FeedSlice slice(QueryRequest.Builder query) {
        QueryResponse response = dynamo.query(query.build());
        return new FeedSlice(response.items().stream().map(DynamoDbActivityLog::event).toList(),
                !response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty());
    }

    /** A position as the time key writes it: {@code 2026-12-06T08:00:00.000Z#000000000042}. */
    static String logAt(FeedPosition position) {
        return IsoTime.format(position.at()) + "#" + KeyedTable.padded(position.id());
    }

    private static FeedEvent event(Map<String, AttributeValue> item) {
        return new FeedEvent(Attributes.number(item, "id"), Attributes.requiredString(item, "type"),
                Attributes.string(item, "userxtid"), Attributes.instant(item, "createdAt"),
                Json.read(Attributes.requiredString(item, "data")), DynamoDbEventLog.changes(item));
    }
}
