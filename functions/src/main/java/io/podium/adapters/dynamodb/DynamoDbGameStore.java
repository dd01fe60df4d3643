package io.podium.adapters.dynamodb;

import io.podium.game.GameDetails;
import io.podium.game.GameStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Game table: a company's game details are the item {@code pk = copid#game}, {@code sk = game}. */
public final class DynamoDbGameStore implements GameStore {
    private static final String GAME = "game";

    private final KeyedTable table;

    public DynamoDbGameStore(DynamoDbClient dynamo, String table) {
        this.table = new KeyedTable(dynamo, table);
    }

    @Override
    public Optional<GameDetails> find(String copid) {
        return table.get(KeyedTable.pk(copid, GAME), GAME).map(item -> new GameDetails(
                Attributes.requiredString(item, "title"), Attributes.string(item, "description").orElse("")));
    }

    @Override
    public void put(String copid, GameDetails details, Instant updatedAt) {
        Map<String, AttributeValue> item = KeyedTable.item(KeyedTable.pk(copid, GAME), GAME, Map.of(
                "title", Attributes.s(details.title()),
                "description", Attributes.s(details.description()),
                "updatedAt", Attributes.s(updatedAt.toString())));
        table.dynamo().putItem(request -> request.tableName(table.name()).item(item));
    }
}
