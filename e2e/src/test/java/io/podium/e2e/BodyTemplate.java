package io.podium.e2e;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid body of a route with its fields as slots: {@code {@metric,@date}} renders each {@code @key} as
 * {@code "key":value}, the slot's valid value unless the case replaces it.
 */
record BodyTemplate(String template, List<BodyTemplate.Slot> slots) {
    private static final Pattern SLOT = Pattern.compile("@([a-zA-Z_]+)");

    record Slot(String key, FieldKind kind, String valid) {
    }

    String render(Map<String, String> replaced) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Slot slot = slot(m.group(1));
            String value = replaced.getOrDefault(slot.key(), slot.valid());
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + slot.key() + "\":" + value));
        }
        m.appendTail(out);
        return out.toString();
    }

    String valid() {
        return render(Map.of());
    }

    private Slot slot(String key) {
        return slots.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
