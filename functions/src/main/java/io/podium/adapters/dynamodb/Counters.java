package io.podium.adapters.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.util.Map;

/**
 * A company's counters in one table: one item per company and kind, {@code pk = copid#counter}, {@code sk = <kind>}
 * ({@code badge}, {@code event} in their tables; {@code player}, {@code team} in the Game table), with {@code seq}
 * (N), the last number handed out. A reservation is one {@code UpdateItem ADD seq :n} with {@code UPDATED_NEW}: no
 * read, no condition, so that reservations at the same moment never conflict and never share a number. Numbers start
 * at 1 and are never reused; a number reserved for a write that then did not happen (a cancelled transaction, an id
 * already taken, a function that died) is simply never used, so a company's numbers have gaps.
 */
final class Counters {
    private final KeyedTable table;

    Counters(KeyedTable table) {
        this.table = table;
    }

    /** The next number of the kind: 1, 2, 3, … */
    long next(String copid, String kind) {
        return reserve(copid, kind, 1);
    }

    /**
     * Reserves a block of {@code count} numbers of the kind in one write, and answers the last: the block is
     * {@code last - count + 1} to {@code last}.
     */
    long reserve(String copid, String kind, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a block of " + count + " numbers");
        }
        return Long.parseLong(table.dynamo().updateItem(update -> update
                .tableName(table.name())
                .key(KeyedTable.key(KeyedTable.pk(copid, "counter"), kind))
                .updateExpression("ADD seq :count")
                .expressionAttributeValues(Map.of(":count", Attributes.n(count)))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("seq").n());
    }

    /** The first number of a block {@link #reserve} answered {@code last} for. */
    static long first(long last, int count) {
        return last - count + 1;
    }
}
