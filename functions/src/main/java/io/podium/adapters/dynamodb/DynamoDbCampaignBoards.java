package io.podium.adapters.dynamodb;

import io.podium.campaigns.Campaign;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.CampaignBoard;
import io.podium.leaderboards.CampaignBoards;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The leaderboard read path. A top page: one BatchGetItem for the campaign and the board's head across
 * both tables, then one for the chunks. An around-me page: one Query for the driver's index part, then one
 * BatchGetItem for the campaign, the head and the chunks.
 */
public final class DynamoDbCampaignBoards implements CampaignBoards {
    private final DynamoDbClient dynamo;
    private final String campaignsTable;
    private final String boardsTable;
    private final DynamoDbBoardStore boards;

    public DynamoDbCampaignBoards(DynamoDbClient dynamo, String campaignsTable, String boardsTable) {
        this.dynamo = dynamo;
        this.campaignsTable = campaignsTable;
        this.boardsTable = boardsTable;
        this.boards = new DynamoDbBoardStore(dynamo, boardsTable);
    }

    @Override
    public Optional<CampaignBoard> top(String copid, String campaignId, int offset, int limit) {
        String board = DynamoDbBoardStore.board(copid, campaignId);
        Fetched fetched = fetch(copid, campaignId, board, List.of(DynamoDbBoardStore.HEAD));
        return fetched.campaign().map(campaign -> new CampaignBoard(campaign,
                Optional.ofNullable(fetched.parts().get(DynamoDbBoardStore.HEAD)).map(DynamoDbBoardStore::toHead)
                        .map(head -> boards.slice(board, head, offset, Math.min(head.total(), offset + limit), Map.of()))));
    }

    @Override
    public Optional<CampaignBoard> around(String copid, String campaignId, String userxtid, int limit) {
        String board = DynamoDbBoardStore.board(copid, campaignId);
        for (int attempt = 1; ; attempt++) {
            Optional<DynamoDbBoardStore.IndexHit> hit = boards.find(board, userxtid);
            if (hit.isEmpty()) {
                return fetch(copid, campaignId, board, List.of()).campaign()
                        .map(campaign -> new CampaignBoard(campaign, Optional.empty()));
            }
            DynamoDbBoardStore.Window window = DynamoDbBoardStore.Window.around(hit.get(), limit);
            List<String> parts = new ArrayList<>(window.chunkParts(hit.get().version()));
            parts.add(DynamoDbBoardStore.HEAD);
            Fetched fetched = fetch(copid, campaignId, board, parts);
            Map<String, Map<String, AttributeValue>> chunks = new HashMap<>(fetched.parts());
            Optional<BoardHead> head = Optional.ofNullable(chunks.remove(DynamoDbBoardStore.HEAD)).map(DynamoDbBoardStore::toHead);
            if (fetched.campaign().isEmpty() || head.isEmpty()) {
                return fetched.campaign().map(campaign -> new CampaignBoard(campaign, Optional.empty()));
            }
            // A new version may have been published between the two calls; the index then names it.
            if (head.get().version().equals(hit.get().version()) || attempt == 2) {
                return Optional.of(new CampaignBoard(fetched.campaign().get(),
                        Optional.of(boards.slice(board, head.get(), window.from(), window.to(), chunks))));
            }
        }
    }

    private record Fetched(Optional<Campaign> campaign, Map<String, Map<String, AttributeValue>> parts) {
    }

    /** The campaign item and the named board parts, in one BatchGetItem across the two tables. */
    private Fetched fetch(String copid, String campaignId, String board, List<String> parts) {
        Map<String, KeysAndAttributes> request = new HashMap<>();
        request.put(campaignsTable, KeysAndAttributes.builder().keys(DynamoDbCampaignStore.key(copid, campaignId)).build());
        if (!parts.isEmpty()) {
            request.put(boardsTable, KeysAndAttributes.builder().keys(parts.stream()
                    .map(part -> Map.of("board", Attributes.s(board), "part", Attributes.s(part))).toList()).build());
        }
        Map<String, List<Map<String, AttributeValue>>> items = BatchCalls.getAll(dynamo, request);
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        items.getOrDefault(boardsTable, List.of()).forEach(item -> found.put(item.get("part").s(), item));
        return new Fetched(items.getOrDefault(campaignsTable, List.of()).stream().findFirst()
                .map(DynamoDbCampaignStore::toCampaign), found);
    }
}
