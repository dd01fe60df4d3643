package io.podium.adapters.dynamodb;

import io.podium.players.SearchTerms;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The search terms of one kind of item (players, teams): {@code pk = copid#<kind>}, {@code sk = <term>#<id>}, with
 * {@code id} and what a hit shows, for each {@link SearchTerms} term of each item found, so that one Query on a
 * prefix finds them (a folded term has no {@code #}, so a pattern never reaches into the id).
 */
final class SearchIndex {
    private final KeyedTable table;
    private final String kind;

    SearchIndex(KeyedTable table, String kind) {
        this.table = table;
        this.kind = kind;
    }

    private String pk(String copid) {
        return KeyedTable.pk(copid, kind);
    }

    /** Writes a term of the item {@code id}, with what a hit shows. */
    TransactWriteItem put(String copid, String term, String id, Map<String, AttributeValue> shown) {
        Map<String, AttributeValue> attributes = new HashMap<>(shown);
        attributes.put("id", Attributes.s(id));
        return TransactWriteItem.builder().put(put -> put.tableName(table.name())
                .item(KeyedTable.item(pk(copid), term + "#" + id, attributes))).build();
    }

    TransactWriteItem delete(String copid, String term, String id) {
        return TransactWriteItem.builder().delete(delete -> delete.tableName(table.name())
                .key(KeyedTable.key(pk(copid), term + "#" + id))).build();
    }

    /**
     * An item has at most {@link SearchTerms#MAX_TERMS} terms, so the first {@code (skip + limit) * MAX_TERMS} terms
     * in order hold the first {@code skip + limit} items: one Query while they fit in DynamoDB's 1 MB page (about 100
     * bytes a term: pages up to the 1,000th item or so). Each item once, in the order of its first matching term.
     */
    <T> List<T> search(String copid, String pattern, int skip, int limit, Function<Map<String, AttributeValue>, T> hit) {
        int wanted = skip + limit;
        Map<String, T> found = new LinkedHashMap<>();
        Stream<Map<String, AttributeValue>> items = pattern.isEmpty()
                ? table.partitionFromStart(pk(copid), wanted * SearchTerms.MAX_TERMS)
                : table.partitionFromStart(pk(copid), pattern, wanted * SearchTerms.MAX_TERMS);
        items.takeWhile(item -> found.size() < wanted).forEach(item -> found.computeIfAbsent(
                Attributes.requiredString(item, "id"), id -> hit.apply(item)));
        List<T> hits = List.copyOf(found.values());
        return hits.subList(Math.min(skip, hits.size()), Math.min(wanted, hits.size()));
    }
}
