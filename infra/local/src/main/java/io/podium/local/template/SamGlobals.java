package io.podium.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAM's Globals section: a resource's own properties win over the globals for scalars, maps are merged key by key and
 * lists are concatenated (globals first). Intrinsic functions count as scalars, as SAM treats them.
 */
final class SamGlobals {
    private static final Map<String, String> SECTION_BY_TYPE = Map.of(
            "AWS::Serverless::Function", "Function",
            "AWS::Serverless::Api", "Api");

    private SamGlobals() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> apply(Map<String, Object> globals, String resourceType, Map<String, Object> properties) {
        String section = SECTION_BY_TYPE.get(resourceType);
        Object sectionGlobals = section == null ? null : globals.get(section);
        if (!(sectionGlobals instanceof Map<?, ?>)) {
            return properties;
        }
        return (Map<String, Object>) merge(sectionGlobals, properties);
    }

    @SuppressWarnings("unchecked")
    static Object merge(Object global, Object local) {
        if (local == null) {
            return global;
        }
        if (global instanceof Map<?, ?> globalMap && local instanceof Map<?, ?> localMap
                && !isIntrinsic(globalMap) && !isIntrinsic(localMap)) {
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) globalMap);
            ((Map<String, Object>) localMap).forEach((key, value) -> merged.put(key, merge(merged.get(key), value)));
            return merged;
        }
        if (global instanceof List<?> globalList && local instanceof List<?> localList) {
            List<Object> merged = new ArrayList<>(globalList);
            merged.addAll(localList);
            return merged;
        }
        return local;
    }

    static boolean isIntrinsic(Map<?, ?> map) {
        if (map.size() != 1) {
            return false;
        }
        String key = String.valueOf(map.keySet().iterator().next());
        return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
    }
}
