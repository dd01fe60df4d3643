package io.podium.local.apigateway;

import com.fasterxml.jackson.core.type.TypeReference;
import io.podium.local.support.LocalJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys of the local API Gateway. The template's keys are made at every start; keys created through the
 * management API are kept in {@code <data-dir>/apigateway/keys.json}, so that a token issued before a restart keeps
 * its key, as its row in the local DynamoDB engine keeps the token.
 */
public final class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final TypeReference<List<ApiKey>> STORED = new TypeReference<>() {
    };

    private final Path file;
    private final Set<String> declaredIds;
    private final Map<String, ApiKey> byId = new LinkedHashMap<>();
    private final Map<String, ApiKey> byValue = new HashMap<>();

    /** Thrown for a call the management API refuses: 404 NotFoundException, 409 ConflictException. */
    static final class Refused extends RuntimeException {
        final int status;
        final String type;

        Refused(int status, String type, String message) {
            super(message);
            this.status = status;
            this.type = type;
        }
    }

    private ApiKeys(Path file, List<ApiKey> declared) {
        this.file = file;
        this.declaredIds = Set.copyOf(declared.stream().map(ApiKey::id).toList());
        declared.forEach(this::put);
    }

    /** @param file where created keys are kept, or null to keep them in memory */
    public static ApiKeys open(Path file, List<ApiKey> declared) throws IOException {
        ApiKeys keys = new ApiKeys(file, declared);
        if (file != null && Files.exists(file)) {
            LocalJson.MAPPER.readValue(file.toFile(), STORED).forEach(keys::put);
        }
        return keys;
    }

    static String randomValue() {
        return random(40);
    }

    synchronized ApiKey create(String name, String value, boolean enabled) {
        String keyValue = value == null || value.isEmpty() ? randomValue() : value;
        if (byValue.containsKey(keyValue)) {
            throw new Refused(409, "ConflictException", "API Key value already exists");
        }
        ApiKey key = new ApiKey(random(10), name, keyValue, enabled, Set.of());
        put(key);
        save();
        return key;
    }

    /**
     * @param sharingStage the other plans that cover a stage of {@code planId}: API Gateway refuses a key in two
     *                     plans of one stage, as it could not tell which plan's throttle applies
     */
    synchronized ApiKey addToPlan(String keyId, String planId, Set<String> sharingStage) {
        ApiKey key = existing(keyId);
        if (key.planIds().contains(planId)) {
            throw new Refused(409, "ConflictException", "Usage Plan " + planId + " cannot be added because API Key "
                    + keyId + " cannot reference duplicate Usage Plan");
        }
        if (key.planIds().stream().anyMatch(sharingStage::contains)) {
            throw new Refused(409, "ConflictException", "Usage Plan " + planId + " cannot be added because API Key "
                    + keyId + " cannot reference multiple Usage Plans with the same API Stage");
        }
        ApiKey member = key.inPlans(with(key.planIds(), planId, true));
        put(member);
        save();
        return member;
    }

    synchronized void removeFromPlan(String keyId, String planId) {
        ApiKey key = existing(keyId);
        if (!key.planIds().contains(planId)) {
            throw new Refused(404, "NotFoundException", "Invalid API Key identifier specified");
        }
        put(key.inPlans(with(key.planIds(), planId, false)));
        save();
    }

    /** The keys whose name starts with {@code namePrefix}, as GetApiKeys' nameQuery selects them. */
    synchronized List<ApiKey> named(String namePrefix) {
        return byId.values().stream().filter(key -> key.name().startsWith(namePrefix)).toList();
    }

    private static Set<String> with(Set<String> planIds, String planId, boolean member) {
        Set<String> changed = new HashSet<>(planIds);
        if (member) {
            changed.add(planId);
        } else {
            changed.remove(planId);
        }
        return changed;
    }

    synchronized void delete(String keyId) {
        ApiKey key = existing(keyId);
        byId.remove(keyId);
        byValue.remove(key.value());
        save();
    }

    synchronized Optional<ApiKey> withValue(String value) {
        return Optional.ofNullable(byValue.get(value));
    }

    private ApiKey existing(String keyId) {
        ApiKey key = byId.get(keyId);
        if (key == null) {
            throw new Refused(404, "NotFoundException", "Invalid API Key identifier specified");
        }
        return key;
    }

    private void put(ApiKey key) {
        byId.put(key.id(), key);
        byValue.put(key.value(), key);
    }

    /** Written whole and moved into place, so that a crash leaves the old file or the new one. */
    private void save() {
        if (file == null) {
            return;
        }
        List<ApiKey> created = new ArrayList<>(byId.values());
        created.removeIf(key -> declaredIds.contains(key.id()));
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            LocalJson.MAPPER.writeValue(next.toFile(), created);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the API keys in " + file, e);
        }
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
