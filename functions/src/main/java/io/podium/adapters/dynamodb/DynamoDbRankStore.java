package io.podium.adapters.dynamodb;

import io.podium.ranks.Rank;
import io.podium.ranks.RankDefinition;
import io.podium.ranks.RankRule;
import io.podium.ranks.RankStore;
import io.podium.ranks.RankTeam;
import io.podium.ranks.SeedRank;
import io.podium.ranks.SeedRule;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Ranks in the Engagement table: {@code pk} = {@code copid#rank}, {@code sk} = the rank's UUID; a rank created with an
 * EASI'R rule keeps it ({@code seedRule}, {@code relationsPathId}, {@code milestoneId}), a rank of one team its
 * {@code teamId} and {@code teamNumber}. A rank of one team is created and deleted in one transaction with the count of
 * the team's ranks on its head in the Game table ({@link DynamoDbTeamStore#follow}), so that a change of the members of
 * a team no rank follows looks for none.
 */
public final class DynamoDbRankStore implements RankStore {
    private final KeyedTable table;
    /** The Game table, where the teams are. */
    private final String teams;

    /** Ranks in the Engagement table {@code table}; the teams they are limited to in the Game table {@code teams}. */
    public DynamoDbRankStore(DynamoDbClient dynamo, String table, String teams) {
        this.table = new KeyedTable(dynamo, table);
        this.teams = teams;
    }

    /**
     * A rank of the whole company is one PutItem; a rank of one team one transaction with the team's count of its
     * ranks, or, if the team does not count them (made before they were counted), with a check that it is there.
     */
    @Override
    public Optional<Rank> create(String copid, RankDefinition definition, Instant now) {
        Rank rank = new Rank(copid, UUID.randomUUID().toString(), definition, now, now);
        Map<String, AttributeValue> item = KeyedTable.item(pk(copid), rank.id(), attributes(rank));
        Optional<String> team = definition.team().map(RankTeam::teamId);
        if (team.isEmpty()) {
            table.dynamo().putItem(put -> put.tableName(table.name()).item(item).conditionExpression("attribute_not_exists(pk)"));
            return Optional.of(rank);
        }
        TransactWriteItem put = TransactWriteItem.builder().put(write -> write.tableName(table.name()).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
        boolean created = DynamoDbTeamStore.retried(() -> table.transact(List.of(put,
                DynamoDbTeamStore.follow(teams, copid, team.get(), 1))))
                || DynamoDbTeamStore.retried(() -> table.transact(List.of(put,
                DynamoDbTeamStore.present(teams, copid, team.get()))));
        return created ? Optional.of(rank) : Optional.empty();
    }

    @Override
    public List<Rank> list(String copid) {
        return table.partition(pk(copid)).map(item -> toRank(copid, item))
                .sorted(Comparator.comparing(Rank::createdAt).thenComparing(Rank::id)).toList();
    }

    @Override
    public Optional<Rank> find(String copid, String id) {
        return table.get(pk(copid), id).map(item -> toRank(copid, item));
    }

    @Override
    public Optional<Rank> rename(String copid, String id, String name, Instant now) {
        try {
            return Optional.of(toRank(copid, table.dynamo().updateItem(update -> update
                    .tableName(table.name())
                    .key(KeyedTable.key(pk(copid), id))
                    .updateExpression("SET #name = :name, updatedAt = :now")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeNames(Map.of("#name", "name"))
                    .expressionAttributeValues(Map.of(":name", Attributes.s(name), ":now", Attributes.s(now.toString())))
                    .returnValues(ReturnValue.ALL_NEW)).attributes()));
        } catch (ConditionalCheckFailedException noSuchRank) {
            return Optional.empty();
        }
    }

    /**
     * A rank of one team goes with one off the team's count of its ranks, in one transaction; alone if the team does not
     * count them (made before they were counted, being disbanded, or gone).
     */
    @Override
    public boolean delete(Rank rank) {
        Map<String, AttributeValue> key = KeyedTable.key(pk(rank.copid()), rank.id());
        Optional<String> team = rank.definition().team().map(RankTeam::teamId);
        if (team.isPresent()) {
            List<Integer> failed = DynamoDbTeamStore.retried(() -> table.failedConditions(List.of(
                    TransactWriteItem.builder().delete(delete -> delete.tableName(table.name()).key(key)
                            .conditionExpression("attribute_exists(pk)")).build(),
                    DynamoDbTeamStore.follow(teams, rank.copid(), team.get(), -1))));
            if (failed.isEmpty() || failed.contains(0)) {
                return failed.isEmpty();
            }
        }
        return Items.conditionally(() -> table.dynamo().deleteItem(delete -> delete.tableName(table.name())
                .key(key)
                .conditionExpression("attribute_exists(pk)")));
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "rank");
    }

    private static Map<String, AttributeValue> attributes(Rank rank) {
        RankDefinition definition = rank.definition();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("name", Attributes.s(definition.name()));
        item.put("icon", Attributes.s(definition.icon()));
        item.put("rule", Attributes.s(definition.rule().wireName()));
        item.put("metric", Attributes.s(definition.metric()));
        definition.denominatorMetric().ifPresent(metric -> item.put("denominatorMetric", Attributes.s(metric)));
        item.put("minVolume", Attributes.n(definition.minVolume()));
        definition.seed().ifPresent(seed -> {
            item.put("seedRule", Attributes.s(seed.rule().wireName()));
            seed.relationsPathId().ifPresent(id -> item.put("relationsPathId", Attributes.s(id)));
            seed.milestoneId().ifPresent(id -> item.put("milestoneId", Attributes.s(id)));
        });
        definition.team().ifPresent(team -> {
            item.put("teamId", Attributes.s(team.teamId()));
            item.put("teamNumber", Attributes.n(team.number()));
        });
        item.put("createdAt", Attributes.s(rank.createdAt().toString()));
        item.put("updatedAt", Attributes.s(rank.updatedAt().toString()));
        return item;
    }

    private static Rank toRank(String copid, Map<String, AttributeValue> item) {
        RankDefinition definition = new RankDefinition(
                Attributes.requiredString(item, "name"),
                Attributes.requiredString(item, "icon"),
                RankRule.fromWireName(Attributes.requiredString(item, "rule")).orElseThrow(),
                Attributes.requiredString(item, "metric"),
                Attributes.string(item, "denominatorMetric"),
                Attributes.number(item, "minVolume"),
                Attributes.string(item, "seedRule").flatMap(SeedRule::fromWireName).map(rule -> new SeedRank(rule,
                        Attributes.string(item, "relationsPathId"), Attributes.string(item, "milestoneId"))),
                Attributes.string(item, "teamId").map(team -> new RankTeam(team, Attributes.number(item, "teamNumber"))));
        return new Rank(copid, Attributes.requiredString(item, "sk"), definition,
                Attributes.instant(item, "createdAt"), Attributes.instant(item, "updatedAt"));
    }
}
