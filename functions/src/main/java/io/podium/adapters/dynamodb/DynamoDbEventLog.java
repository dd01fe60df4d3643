package io.podium.adapters.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.events.EventLog;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The company event log, in the Events table. An event is an item under {@code copid#stream} (social events, the
 * stream's own partition, read newest first by padded id) or {@code copid#log} (the others), with id, type, payload
 * ({@code data}), {@code changes}, actor and time. Its keys serve the activity feeds with one Query per page:
 * <ul>
 *   <li>{@code ByCompanyTime}: {@code logCompany} = copid, {@code logAt} = time#id — the game's feed over a window;</li>
 *   <li>{@code ByDriverTime}: {@code logDriver} = copid#actor, {@code logAt} — a player's feed;</li>
 *   <li>{@code ByTeamTime}: {@code logTeam} = copid#team, {@code logAt} — a team's feed, for events that name a team.</li>
 * </ul>
 * Ids come from the company's counter ({@code copid#counter}, {@code event}). The event is written in one transaction
 * with its key item ({@code copid#eventkey}, the event's key) and whatever the caller adds (an award or a level, in the
 * Engagement table), each conditional, so nothing is ever appended twice.
 */
public final class DynamoDbEventLog implements EventLog {
    private final KeyedTable table;

    public DynamoDbEventLog(DynamoDbClient dynamo, String table) {
        this.table = new KeyedTable(dynamo, table);
    }

    static String partition(String copid, boolean social) {
        return KeyedTable.pk(copid, social ? "stream" : "log");
    }

    @Override
    public boolean append(CompanyEvent event) {
        return append(event, List.of());
    }

    /** Appends the event together with {@code with}: all or nothing; false if its key or a condition of theirs failed. */
    boolean append(CompanyEvent event, List<TransactWriteItem> with) {
        String keyPk = KeyedTable.pk(event.copid(), "eventkey");
        if (table.get(keyPk, event.key()).isPresent()) {
            return false;
        }
        long id = table.next(event.copid(), "event");
        List<TransactWriteItem> items = new ArrayList<>(with);
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(KeyedTable.item(keyPk, event.key(), Map.of("eventId", Attributes.n(id))))
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(KeyedTable.item(partition(event.copid(), event.social()), KeyedTable.padded(id), item(event, id)))
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        return table.transact(items);
    }

    private static Map<String, AttributeValue> item(CompanyEvent event, long id) {
        String at = event.at().toString();
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                "id", Attributes.n(id),
                "type", Attributes.s(event.type()),
                "data", Attributes.s(Json.write(event.payload())),
                "changes", Attributes.s(Json.write(changes(event.changes()))),
                "highFives", Attributes.n(0),
                "createdAt", Attributes.s(at),
                "updatedAt", Attributes.s(at),
                "logCompany", Attributes.s(event.copid()),
                // The time first, so a window is a BETWEEN; the id keeps events of one millisecond apart. IsoTime is
                // fixed width, so text order is time order (Instant.toString drops a zero fraction: ":05Z" > ":05.001Z").
                "logAt", Attributes.s(IsoTime.format(event.at()) + "#" + KeyedTable.padded(id))));
        event.actor().ifPresent(actor -> {
            item.put("userxtid", Attributes.s(actor));
            item.put("logDriver", Attributes.s(event.copid() + "#" + actor));
            if (event.social()) {
                item.put(DynamoDbStreamStore.BY_USER_KEY, Attributes.s(DynamoDbStreamStore.byUser(event.copid(), actor)));
            }
        });
        return item;
    }

    private static ArrayNode changes(List<Change> changes) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (Change change : changes) {
            list.addObject().put("metric", change.metric()).putObject("delta")
                    .put("old", change.oldValue()).put("new", change.newValue());
        }
        return list;
    }
}
