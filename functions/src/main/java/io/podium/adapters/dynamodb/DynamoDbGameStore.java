package io.podium.adapters.dynamodb;

import io.podium.game.GameDetails;
import io.podium.game.GameRequest;
import io.podium.game.GameStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Instant;
import java.util.HashMap;
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
        return table.get(KeyedTable.pk(copid, GAME), GAME).map(DynamoDbGameStore::details);
    }

    /** One UpdateItem: the fields given are set, a title never given defaults to the copid, a description to "". */
    @Override
    public GameDetails change(String copid, GameRequest change, Instant updatedAt) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":now", Attributes.s(updatedAt.toString()),
                ":title", Attributes.s(change.title().orElse(copid)),
                ":description", Attributes.s(change.description().orElse(""))));
        String title = change.title().isPresent() ? "title = :title" : "title = if_not_exists(title, :title)";
        String description = change.description().isPresent()
                ? "description = :description" : "description = if_not_exists(description, :description)";
        Map<String, AttributeValue> item = table.dynamo().updateItem(request -> request
                .tableName(table.name())
                .key(KeyedTable.key(KeyedTable.pk(copid, GAME), GAME))
                .updateExpression("SET " + title + ", " + description + ", updatedAt = :now")
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        return details(item);
    }

    private static GameDetails details(Map<String, AttributeValue> item) {
        return new GameDetails(Attributes.requiredString(item, "title"), Attributes.string(item, "description").orElse(""));
    }
}
