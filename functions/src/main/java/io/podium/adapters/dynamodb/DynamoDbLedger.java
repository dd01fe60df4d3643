package io.podium.adapters.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.badges.Badge;
import io.podium.engagement.LevelRaise;
import io.podium.engagement.Ledger;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.json.Json;
import io.podium.levels.LevelScale;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Awards and levels in the Engagement table. An award ({@code copid#award}, {@code <badge>#<userxtid>}) or a level
 * ({@code copid#level}, {@code userxtid}) is written in one transaction with its event in the log
 * ({@link DynamoDbEventLog}, keyed e.g. {@code badge_achieved#3#u1}), each conditional, so that nothing is ever
 * written twice, and each with the driver's {@link ErasureFence} check, so that nothing is written of a driver erased
 * since the recompute read the erasures. A day's awards and level-ups for a whole fleet are appended in bulk, many to
 * a transaction.
 */
public final class DynamoDbLedger implements Ledger {
    private final KeyedTable table;
    private final DynamoDbEventLog log;
    private final DriverSnapshot snapshot;
    private final String gameTable;

    /**
     * Awards and levels in {@code engagementTable}, each written with its event in {@code eventsTable} and checked
     * against the driver's erasure in {@code gameTable}.
     */
    public DynamoDbLedger(DynamoDbClient dynamo, String engagementTable, String eventsTable, String gameTable) {
        this.table = new KeyedTable(dynamo, engagementTable);
        this.log = new DynamoDbEventLog(dynamo, eventsTable);
        this.snapshot = DriverSnapshot.levels(dynamo, engagementTable);
        this.gameTable = gameTable;
    }

    @Override
    public Set<String> holders(String copid, long badgeId) {
        Set<String> holders = new HashSet<>();
        table.partition(awardPk(copid), KeyedTable.padded(badgeId) + "#")
                .forEach(item -> holders.add(Attributes.requiredString(item, "userxtid")));
        return holders;
    }

    @Override
    public Map<Long, Set<String>> awards(String copid) {
        Map<Long, Set<String>> awards = new HashMap<>();
        table.partition(awardPk(copid)).forEach(item -> awards
                .computeIfAbsent(Attributes.number(item, "badgeId"), id -> new HashSet<>())
                .add(Attributes.requiredString(item, "userxtid")));
        return awards;
    }

    @Override
    public Map<Long, Instant> awardsOf(String copid, String userxtid, Collection<Long> badgeIds) {
        List<Map<String, AttributeValue>> keys = badgeIds.stream()
                .map(id -> KeyedTable.key(awardPk(copid), awardSk(id, userxtid))).toList();
        Map<Long, Instant> held = new HashMap<>();
        table.getAll(keys).forEach(item -> held.put(Attributes.number(item, "badgeId"), Attributes.instant(item, "awardedAt")));
        return held;
    }

    @Override
    public Set<String> awardAll(String copid, Badge badge, Collection<String> userxtids, long erasuresSeen, Instant now) {
        ErasureFence fence = new ErasureFence(gameTable, erasuresSeen);
        return new HashSet<>(log.appendEach(copid, userxtids, userxtid -> award(copid, badge, userxtid, fence, now)));
    }

    private DynamoDbEventLog.Entry award(String copid, Badge badge, String userxtid, ErasureFence fence, Instant now) {
        Put award = Put.builder().tableName(table.name())
                .item(KeyedTable.item(awardPk(copid), awardSk(badge.id(), userxtid), Map.of(
                        "badgeId", Attributes.n(badge.id()),
                        "userxtid", Attributes.s(userxtid),
                        "awardedAt", Attributes.s(now.toString()))))
                .conditionExpression("attribute_not_exists(pk)")
                .build();
        ObjectNode data = Json.object();
        data.putObject("badge").put("id", badge.id()).put("name", badge.name());
        return new DynamoDbEventLog.Entry(CompanyEvent.social(copid, "badge_achieved#" + badge.id() + "#" + userxtid,
                "badge_achieved", Optional.of(userxtid), now, data, List.of()),
                List.of(TransactWriteItem.builder().put(award).build(), fence.check(copid, userxtid)));
    }

    @Override
    public Map<String, Integer> levels(String copid) {
        return snapshot.read(copid).orElseGet(() -> {
            // No snapshot yet (levels raised before there were snapshots): the per-driver items, once, become one.
            Map<String, Integer> levels = new HashMap<>();
            table.partition(levelPk(copid)).forEach(item ->
                    levels.put(Attributes.requiredString(item, "sk"), Attributes.integer(item, "level")));
            snapshot.record(copid, levels);
            return levels;
        });
    }

    @Override
    public Optional<Integer> level(String copid, String userxtid) {
        return table.get(levelPk(copid), userxtid).map(item -> Attributes.integer(item, "level"));
    }

    @Override
    public int raiseLevels(String copid, Collection<LevelRaise> raises, long erasuresSeen, Instant now) {
        ErasureFence fence = new ErasureFence(gameTable, erasuresSeen);
        List<LevelRaise> raised = log.appendEach(copid, raises, raise -> raise(copid, raise, fence, now));
        Map<String, Integer> reached = new HashMap<>();
        raised.forEach(raise -> reached.merge(raise.userxtid(), raise.level(), Math::max));
        // A raise refused was made before (by a run that raced this one), or its driver was erased since: the level
        // items say which, and the snapshot records only what they hold. None refused (the usual run), no read.
        Set<String> refused = new HashSet<>();
        raises.forEach(raise -> refused.add(raise.userxtid()));
        refused.removeAll(reached.keySet());
        if (!refused.isEmpty()) {
            table.getAll(refused.stream().map(userxtid -> KeyedTable.key(levelPk(copid), userxtid)).toList())
                    .forEach(item -> reached.merge(Attributes.requiredString(item, "sk"), Attributes.integer(item, "level"),
                            Math::max));
        }
        snapshot.record(copid, reached);
        return raised.size();
    }

    private DynamoDbEventLog.Entry raise(String copid, LevelRaise raise, ErasureFence fence, Instant now) {
        String levelName = LevelScale.name(raise.level());
        Update update = Update.builder().tableName(table.name())
                .key(KeyedTable.key(levelPk(copid), raise.userxtid()))
                .updateExpression("SET #level = :level, updatedAt = :now")
                .conditionExpression("attribute_not_exists(#level) OR #level < :level")
                .expressionAttributeNames(Map.of("#level", "level"))
                .expressionAttributeValues(Map.of(":level", Attributes.n(raise.level()), ":now", Attributes.s(now.toString())))
                .build();
        ObjectNode data = Json.object();
        data.putObject("level").put("name", levelName);
        return new DynamoDbEventLog.Entry(CompanyEvent.social(copid, "new_level#" + raise.userxtid() + "#" + raise.level(),
                "new_level", Optional.of(raise.userxtid()), now, data,
                List.of(new Change("level", LevelScale.name(raise.from()), levelName))),
                List.of(TransactWriteItem.builder().update(update).build(), fence.check(copid, raise.userxtid())));
    }

    /** Deletes without reading: deleting an item that is not there changes nothing (and costs one write unit). */
    @Override
    public void erase(String copid, String userxtid, Collection<Long> badgeIds) {
        List<WriteRequest> deletions = new ArrayList<>();
        badgeIds.forEach(badgeId -> deletions.add(KeyedTable.deletion(awardPk(copid), awardSk(badgeId, userxtid))));
        deletions.add(KeyedTable.deletion(levelPk(copid), userxtid));
        new BatchCalls(table.dynamo(), table.name()).write(deletions);
        snapshot.forget(copid, Set.of(userxtid));
    }

    private static String awardPk(String copid) {
        return KeyedTable.pk(copid, "award");
    }

    private static String awardSk(long badgeId, String userxtid) {
        return KeyedTable.padded(badgeId) + "#" + userxtid;
    }

    private static String levelPk(String copid) {
        return KeyedTable.pk(copid, "level");
    }
}
