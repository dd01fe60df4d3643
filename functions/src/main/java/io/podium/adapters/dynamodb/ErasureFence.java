package io.podium.adapters.dynamodb;

import io.podium.config.Sha256;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Keeps a background run from writing about a player erased since it read the company's erasures. A recompute reads
 * the erasures (and the drivers erasing) once, then spends seconds or minutes on boards: a player whose erasure began
 * meanwhile, and may have finished, is still in what it read. So each of its per-driver writes (an enrolment, an
 * award, a level) goes in a transaction with a check of the driver's fence item in the Game table
 * ({@code copid#erased}, the SHA-256 of the id): refused while the player is erasing ({@code erasing}), and, for a
 * day after the erasure, while the item says it finished after the run's read ({@code erased}, the company's count
 * of erasures when it did). A driver never erased has no item and passes. The count, not a clock, orders them: no
 * two functions' clocks need agree. The item keeps a hash of the id, not the id, and only for that day (the Game
 * table's TTL, {@code expiresAtEpoch}).
 */
final class ErasureFence {
    /** Far longer than any run lasts (a recompute function's timeout is 5 minutes). */
    private static final Duration TOMBSTONE_LIFE = Duration.ofDays(1);

    private final String gameTable;
    private final long erasuresSeen;

    /** For a run that read {@code erasuresSeen} erasures of the company. */
    ErasureFence(String gameTable, long erasuresSeen) {
        this.gameTable = gameTable;
        this.erasuresSeen = erasuresSeen;
    }

    /** A check, for the transaction of a write about the driver, that their erasure has neither begun nor finished unseen. */
    TransactWriteItem check(String copid, String id) {
        return TransactWriteItem.builder().conditionCheck(check -> check.tableName(gameTable)
                .key(key(copid, id))
                .conditionExpression("attribute_not_exists(erasing) AND (attribute_not_exists(erased) OR erased <= :seen)")
                .expressionAttributeValues(Map.of(":seen", Attributes.n(erasuresSeen)))).build();
    }

    /** The fence raised, for the transaction that begins the erasure. */
    static TransactWriteItem erasing(String gameTable, String copid, String id) {
        return TransactWriteItem.builder().put(put -> put.tableName(gameTable)
                .item(KeyedTable.item(pk(copid), hash(copid, id), Map.of("erasing", AttributeValue.fromBool(true))))).build();
    }

    /** The fence once the erasure finished, the company having had {@code erasures}: it lasts a day. */
    static Map<String, AttributeValue> erased(String copid, String id, long erasures, Instant now) {
        return KeyedTable.item(pk(copid), hash(copid, id), Map.of("erased", Attributes.n(erasures),
                "expiresAtEpoch", Attributes.n(now.plus(TOMBSTONE_LIFE).getEpochSecond())));
    }

    private static Map<String, AttributeValue> key(String copid, String id) {
        return KeyedTable.key(pk(copid), hash(copid, id));
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "erased");
    }

    private static String hash(String copid, String id) {
        return Sha256.hex(copid + "\n" + id);
    }
}
