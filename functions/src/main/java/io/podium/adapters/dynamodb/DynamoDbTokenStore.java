package io.podium.adapters.dynamodb;

import io.podium.auth.Scope;
import io.podium.tokens.AccessToken;
import io.podium.tokens.CompanyKey;
import io.podium.tokens.Credential;
import io.podium.tokens.Token;
import io.podium.tokens.Tier;
import io.podium.tokens.TokenStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tokens table: partition key {@code id}; GSI {@code ByCompany} ({@code copid}, {@code createdAt}) lists a
 * company's tokens. Platform tokens have no copid and so stay out of that index. Access tokens are items with a
 * {@code parent} and no copid, so no listing shows them; DynamoDB's TTL deletes them some time after
 * {@code expiresAtEpoch}, and until then their {@code expiresAt} refuses them. A revoked token gets an
 * {@code expiresAtEpoch} too ({@link #expireAt}), its retention after the revocation. A company's API key is the item
 * {@code company#<copid>} ({@code usageKey}, {@code tier}, {@code apiKeyId}), without a copid attribute so that no
 * listing shows it; its id can never be a token's, which is hex.
 */
public final class DynamoDbTokenStore implements TokenStore {
    static final String BY_COMPANY = "ByCompany";
    static final String BY_DRIVER = "ByDriver";
    private static final String DRIVER_OF = "driverOf";
    private static final String PARENT = "parent";
    /** The table's TTL attribute (template.yaml), in epoch seconds. */
    static final String EXPIRES_AT_EPOCH = "expiresAtEpoch";
    private static final String USAGE_KEY = "usageKey";
    private static final String API_KEY_ID = "apiKeyId";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbTokenStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean create(Token token) {
        return Items.conditionally(() -> dynamo.putItem(PutItemRequest.builder()
                .tableName(table).item(item(token)).conditionExpression("attribute_not_exists(id)").build()));
    }

    /** The put of a new token, for a transaction that stores it with more (on condition that its id is free). */
    TransactWriteItem putNew(Token token) {
        return TransactWriteItem.builder().put(put -> put.tableName(table).item(item(token))
                .conditionExpression("attribute_not_exists(id)")).build();
    }

    private static Map<String, AttributeValue> item(Token token) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", Attributes.s(token.id()));
        item.put("hash", Attributes.s(token.hash()));
        token.copid().ifPresent(copid -> item.put("copid", Attributes.s(copid)));
        item.put("scopes", AttributeValue.fromSs(token.scopeNames()));
        item.put("description", Attributes.s(token.description()));
        item.put("createdAt", Attributes.s(token.createdAt().toString()));
        token.usageKey().ifPresent(value -> item.put(USAGE_KEY, Attributes.s(value)));
        token.driver().ifPresent(driver -> item.put(DRIVER_OF, Attributes.s(driverOf(token.copid().orElseThrow(), driver))));
        return item;
    }

    /** The GSI {@code ByDriver} (keys only) holds the driver tokens, by {@code driverOf} = copid#driver. */
    @Override
    public List<String> driverTokenIds(String copid, String driver) {
        return dynamo.queryPaginator(query -> query.tableName(table).indexName(BY_DRIVER)
                        .keyConditionExpression("#driverOf = :driverOf")
                        .expressionAttributeNames(Map.of("#driverOf", DRIVER_OF))
                        .expressionAttributeValues(Map.of(":driverOf", Attributes.s(driverOf(copid, driver)))))
                .items().stream().map(item -> Attributes.requiredString(item, "id")).toList();
    }

    @Override
    public void delete(String id) {
        dynamo.deleteItem(delete -> delete.tableName(table).key(Map.of("id", Attributes.s(id))));
    }

    private static String driverOf(String copid, String driver) {
        return copid + "#" + driver;
    }

    @Override
    public boolean createAccessToken(AccessToken access) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", Attributes.s(access.id()));
        item.put("hash", Attributes.s(access.hash()));
        item.put(PARENT, Attributes.s(access.parentId()));
        item.put("createdAt", Attributes.s(access.createdAt().toString()));
        item.put("expiresAt", Attributes.s(access.expiresAt().toString()));
        item.put(EXPIRES_AT_EPOCH, Attributes.n(access.expiresAt().getEpochSecond()));
        return Items.conditionally(() -> dynamo.putItem(PutItemRequest.builder()
                .tableName(table).item(item).conditionExpression("attribute_not_exists(id)").build()));
    }

    @Override
    public Optional<Token> find(String id) {
        return findCredential(id).filter(Token.class::isInstance).map(Token.class::cast);
    }

    @Override
    public Optional<Credential> findCredential(String id) {
        // Strongly consistent, so that a revocation is seen by the very next authorization.
        return Items.get(dynamo, table, Map.of("id", Attributes.s(id))).map(item -> item.containsKey(PARENT)
                ? new AccessToken(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "hash"),
                        Attributes.requiredString(item, PARENT), Attributes.instant(item, "createdAt"),
                        Attributes.instant(item, "expiresAt"))
                : toToken(item));
    }

    @Override
    public List<Token> listByCompany(String copid) {
        return dynamo.queryPaginator(byCompany(copid).build()).items().stream().map(DynamoDbTokenStore::toToken).toList();
    }

    /** The index sorts a company's tokens by creation: its first entry is the first token. */
    @Override
    public Optional<Instant> firstIssued(String copid) {
        return dynamo.query(byCompany(copid).limit(1).build())
                .items().stream().findFirst().map(item -> Attributes.instant(item, "createdAt"));
    }

    /** The company's tokens in the index, oldest first. */
    private QueryRequest.Builder byCompany(String copid) {
        return QueryRequest.builder()
                .tableName(table)
                .indexName(BY_COMPANY)
                .keyConditionExpression("copid = :copid")
                .expressionAttributeValues(Map.of(":copid", Attributes.s(copid)));
    }

    @Override
    public Optional<Token> revoke(String id, Instant now) {
        try {
            return Optional.of(toToken(dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("id", Attributes.s(id)))
                    .updateExpression("SET revokedAt = if_not_exists(revokedAt, :now)")
                    .conditionExpression("attribute_exists(id) AND attribute_not_exists(#parent)")
                    .expressionAttributeNames(Map.of("#parent", PARENT))
                    .expressionAttributeValues(Map.of(":now", Attributes.s(now.toString())))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build()).attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    @Override
    public void expireAt(String id, Instant when) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("id", Attributes.s(id)))
                    .updateExpression("SET " + EXPIRES_AT_EPOCH + " = :epoch")
                    .conditionExpression("attribute_exists(id)")
                    .expressionAttributeValues(Map.of(":epoch", Attributes.n(when.getEpochSecond())))
                    .build());
        } catch (ConditionalCheckFailedException e) {
            // Deleted already (an erased player's token): there is nothing left to expire.
        }
    }

    private static Token toToken(Map<String, AttributeValue> item) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Optional<String> driver = Optional.empty();
        AttributeValue stored = item.get("scopes");
        List<String> names = stored != null && stored.hasSs() ? stored.ss() : List.of();
        // The driver is stored in its scope's name, driver:U, so the ByCompany index (which projects scopes) has it.
        for (String name : names) {
            Optional<String> named = Scope.driverOf(name);
            if (named.isPresent()) {
                driver = named;
                scopes.add(Scope.DRIVER);
            } else {
                Scope.fromWireName(name).ifPresent(scopes::add);
            }
        }
        return new Token(
                Attributes.requiredString(item, "id"),
                // The index does not project the hash: listings never need it.
                Attributes.string(item, "hash").orElse(""),
                Attributes.string(item, "copid"),
                scopes,
                driver,
                Attributes.string(item, "description").orElse(""),
                Attributes.instant(item, "createdAt"),
                Attributes.string(item, "revokedAt").map(Instant::parse),
                Attributes.string(item, USAGE_KEY));
    }

    @Override
    public Optional<CompanyKey> findCompanyKey(String copid) {
        return Items.get(dynamo, table, companyKeyId(copid)).map(item -> toCompanyKey(copid, item));
    }

    @Override
    public boolean claimCompanyKey(CompanyKey key) {
        Map<String, AttributeValue> item = new HashMap<>(companyKeyId(key.copid()));
        item.put(USAGE_KEY, Attributes.s(key.value()));
        item.put("tier", Attributes.s(key.tier().wireName()));
        key.apiKeyId().ifPresent(keyId -> item.put(API_KEY_ID, Attributes.s(keyId)));
        return Items.conditionally(() -> dynamo.putItem(PutItemRequest.builder()
                .tableName(table).item(item).conditionExpression("attribute_not_exists(id)").build()));
    }

    @Override
    public CompanyKey recordApiKeyId(String copid, String apiKeyId) {
        return updateCompanyKey(copid, "SET #apiKeyId = :apiKeyId",
                Map.of("#apiKeyId", API_KEY_ID), Map.of(":apiKeyId", Attributes.s(apiKeyId)));
    }

    @Override
    public CompanyKey setTier(String copid, Tier tier) {
        return updateCompanyKey(copid, "SET #tier = :tier",
                Map.of("#tier", "tier"), Map.of(":tier", Attributes.s(tier.wireName())));
    }

    /** Updates the company's existing key record; the record as it is afterwards. */
    private CompanyKey updateCompanyKey(String copid, String update, Map<String, String> names,
                                        Map<String, AttributeValue> values) {
        return toCompanyKey(copid, dynamo.updateItem(UpdateItemRequest.builder()
                .tableName(table)
                .key(companyKeyId(copid))
                .updateExpression(update)
                .conditionExpression("attribute_exists(id)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW)
                .build()).attributes());
    }

    private static Map<String, AttributeValue> companyKeyId(String copid) {
        return Map.of("id", Attributes.s("company#" + copid));
    }

    private static CompanyKey toCompanyKey(String copid, Map<String, AttributeValue> item) {
        String tier = Attributes.requiredString(item, "tier");
        return new CompanyKey(copid, Attributes.requiredString(item, USAGE_KEY),
                Tier.fromWireName(tier).orElseThrow(() -> new IllegalStateException("unknown tier " + tier)),
                Attributes.string(item, API_KEY_ID));
    }
}
