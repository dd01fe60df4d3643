package io.podium.adapters.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Reading and writing the few attribute types Podium stores. */
final class Attributes {
    private Attributes() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static Optional<String> string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
    }

    static String requiredString(Map<String, AttributeValue> item, String name) {
        return string(item, name).orElseThrow(() -> new IllegalStateException("stored item lacks " + name));
    }

    static Optional<LocalDate> date(Map<String, AttributeValue> item, String name) {
        return string(item, name).map(LocalDate::parse);
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        return Instant.parse(requiredString(item, name));
    }

    static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new IllegalStateException("stored item lacks " + name);
        }
        return Long.parseLong(value.n());
    }

    static int integer(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new IllegalStateException("stored item lacks " + name);
        }
        return Integer.parseInt(value.n());
    }
}
