package io.podium.bench;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The size DynamoDB bills an item by: attribute names plus values, per the DynamoDB developer guide. */
final class ItemSize {
    private ItemSize() {
    }

    static long of(Map<String, AttributeValue> item) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            bytes += utf8(attribute.getKey()) + of(attribute.getValue());
        }
        return bytes;
    }

    private static long of(AttributeValue value) {
        if (value.s() != null) {
            return utf8(value.s());
        }
        if (value.n() != null) {
            // Up to 38 significant digits, two per byte, plus one.
            return (value.n().replaceAll("[^0-9]", "").length() + 1) / 2 + 1;
        }
        if (value.b() != null) {
            return value.b().asByteArray().length;
        }
        if (value.bool() != null || Boolean.TRUE.equals(value.nul())) {
            return 1;
        }
        if (value.hasL()) {
            return 3 + value.l().stream().mapToLong(element -> 1 + of(element)).sum();
        }
        if (value.hasM()) {
            return 3 + value.m().entrySet().stream().mapToLong(e -> 1 + utf8(e.getKey()) + of(e.getValue())).sum();
        }
        if (value.hasSs()) {
            return value.ss().stream().mapToLong(ItemSize::utf8).sum();
        }
        throw new IllegalArgumentException("unsized attribute " + value);
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
