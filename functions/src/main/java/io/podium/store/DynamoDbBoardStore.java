package io.podium.store;

import io.podium.leaderboards.BoardStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Leaderboards table (being written). */
public final class DynamoDbBoardStore implements BoardStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbBoardStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public static DynamoDbBoardStore fromEnvironment(DynamoDbClient dynamo) {
        return new DynamoDbBoardStore(dynamo, Tables.leaderboards());
    }

    @Override
    public void delete(String copid, String campaignId) {
        throw new UnsupportedOperationException("being written: " + dynamo + table);
    }
}
