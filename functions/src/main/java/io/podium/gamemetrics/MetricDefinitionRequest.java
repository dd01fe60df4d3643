package io.podium.gamemetrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.errors.InvalidInput;
import io.podium.json.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of PUT /v2/admin/definitions/metrics/:metric_id: {@code name} and {@code type}; a point metric's
 * {@code default} (0 when left out), {@code min} and {@code max}; a set metric's {@code items} and a state metric's
 * {@code states}, each 1 to {@value #MAX_ITEMS} of {@code {"name","description"}} with distinct names.
 */
public final class MetricDefinitionRequest {
    static final int MAX_NAME = 255;
    static final int MAX_ITEMS = 100;
    /** Bounds that keep every sum of a rule's effects within a long. */
    static final long MAX_VALUE = 1_000_000_000_000_000L;
    /** A metric id: letters, digits and underscores, not starting with a digit; at most 64. */
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private MetricDefinitionRequest() {
    }

    /** Whether {@code id} can name a metric; an id that cannot names none. */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** A path's id of a metric or a level: 400 validation_exception (Playoff's word) naming the field when it is not valid. */
    public static String pathId(String field, String id) {
        if (!validId(id)) {
            throw InvalidInput.validationFailed(field, "must be letters, digits and underscores, not starting with a digit,"
                    + " at most 64");
        }
        return id;
    }

    /** @param id the path's metric id, already known to be {@link #validId valid} */
    public static MetricDefinition parse(String id, byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_NAME);
        Optional<String> typeName = errors.requiredText(root, null, "type");
        Optional<MetricType> type = typeName.flatMap(MetricType::named);
        if (typeName.isPresent() && type.isEmpty()) {
            errors.invalid(null, "type", "must be point, set or state");
        }
        long defaultValue = 0;
        Optional<Long> min = Optional.empty();
        Optional<Long> max = Optional.empty();
        List<MetricItem> items = List.of();
        if (type.filter(MetricType.POINT::equals).isPresent()) {
            defaultValue = errors.integer(root, "default", -MAX_VALUE, MAX_VALUE).orElse(0L);
            min = errors.integer(root, "min", -MAX_VALUE, MAX_VALUE);
            max = errors.integer(root, "max", -MAX_VALUE, MAX_VALUE);
            long value = defaultValue;
            if (min.filter(m -> m > value).isPresent() || max.filter(m -> m < value).isPresent()) {
                errors.invalid(null, "default", "must be within min and max");
            }
        } else if (type.isPresent()) {
            items = items(root, type.get() == MetricType.SET ? "items" : "states", errors);
        }
        errors.throwIfAny();
        return new MetricDefinition(id, name.orElseThrow(), type.orElseThrow(), defaultValue, min, max, items);
    }

    private static List<MetricItem> items(ObjectNode root, String field, FieldErrors errors) {
        JsonNode given = root.get(field);
        if (given == null || given.isNull()) {
            errors.invalid(null, field, "is required");
            return List.of();
        }
        if (!given.isArray() || given.isEmpty() || given.size() > MAX_ITEMS) {
            errors.wrongType(null, field, "must be an array of 1 to " + MAX_ITEMS + " {\"name\",\"description\"}");
            return List.of();
        }
        List<MetricItem> items = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            JsonNode item = given.get(i);
            if (!item.isObject()) {
                errors.wrongType(i, field, "must be an object {\"name\",\"description\"}");
                continue;
            }
            FieldErrors itemErrors = errors.within(field);
            Optional<String> itemName = itemErrors.requiredLabel(item, "name", MAX_NAME);
            String description = itemErrors.text(item, i, "description").orElse("");
            if (description.length() > MAX_NAME || description.chars().anyMatch(Character::isISOControl)) {
                itemErrors.invalid(i, "description", "must be at most " + MAX_NAME + " characters without control characters");
            }
            itemName.ifPresent(n -> {
                if (!names.add(n)) {
                    itemErrors.invalid(null, "name", "'" + n + "' is named twice");
                }
                items.add(new MetricItem(n, description));
            });
        }
        return items;
    }
}
