package io.podium.adapters.dynamodb;

import io.podium.invites.Invite;
import io.podium.invites.InviteStore;
import io.podium.invites.JoinRequest;
import io.podium.players.Player;
import io.podium.tokens.Token;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Game table, invitations and join requests. An invitation is two items written together: by address
 * ({@code pk = copid#invite}, {@code sk = <email>}), which the listing and a cancel read, and by code
 * ({@code pk = invitecode#<codeId>}, {@code sk = code}), which the code's holder finds with one GetItem; each has
 * {@code copid}, {@code email}, {@code alias} and {@code playerId} when given, {@code codeId}, {@code hash} (the
 * code's SHA-256), {@code created}, {@code expires} and {@code expiresAtEpoch}, the table's TTL attribute. A join
 * request is {@code pk = copid#request}, {@code sk = <request id>}: {@code id}, {@code email}, {@code alias},
 * {@code playerId}, {@code created}. Whatever uses an invitation or a request up deletes it in the transaction that
 * makes the next thing (the request; the player, its event and its driver token), on condition that it is there
 * still, so that one of two racers wins.
 */
public final class DynamoDbInviteStore implements InviteStore {
    private static final String CODE_SK = "code";
    private static final String CODE_ID = "codeId";
    private static final String PLAYER_ID = "playerId";
    private static final String ALIAS = "alias";

    private final KeyedTable table;
    private final DynamoDbPlayerStore players;
    private final DynamoDbTokenStore tokens;

    /** Invitations in the Game table {@code table}; an admission's player by {@code players}, its token by {@code tokens}. */
    public DynamoDbInviteStore(DynamoDbClient dynamo, String table, DynamoDbPlayerStore players, DynamoDbTokenStore tokens) {
        this.table = new KeyedTable(dynamo, table);
        this.players = players;
        this.tokens = tokens;
    }

    private static String invitesPk(String copid) {
        return KeyedTable.pk(copid, "invite");
    }

    private static String requestsPk(String copid) {
        return KeyedTable.pk(copid, "request");
    }

    /** A code's partition: its own, so that codes spread over the table; a hex id is no company's kind of item. */
    private static String codePk(String codeId) {
        return "invitecode#" + codeId;
    }

    @Override
    public Optional<Invite> find(String copid, String email) {
        return table.get(invitesPk(copid), email).map(DynamoDbInviteStore::toInvite);
    }

    @Override
    public boolean put(Invite invite, Optional<Invite> replacing) {
        Map<String, AttributeValue> attributes = attributes(invite);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put -> {
            put.tableName(table.name()).item(KeyedTable.item(invitesPk(invite.copid()), invite.email(), attributes));
            if (replacing.isPresent()) {
                put.conditionExpression(CODE_ID + " = :old").expressionAttributeValues(
                        Map.of(":old", Attributes.s(replacing.get().codeId())));
            } else {
                put.conditionExpression("attribute_not_exists(sk)");
            }
        }).build());
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table.name())
                .item(KeyedTable.item(codePk(invite.codeId()), CODE_SK, attributes))
                .conditionExpression("attribute_not_exists(sk)")).build());
        replacing.ifPresent(old -> writes.add(deleteCode(old.codeId())));
        return DynamoDbTeamStore.retried(() -> table.transact(writes));
    }

    @Override
    public List<Invite> invites(String copid) {
        return table.partition(invitesPk(copid)).map(DynamoDbInviteStore::toInvite).toList();
    }

    @Override
    public boolean cancel(String copid, String email) {
        Optional<Invite> invite = find(copid, email);
        return invite.isPresent() && DynamoDbTeamStore.retried(() -> table.transact(useUp(invite.get())));
    }

    @Override
    public Optional<Invite> byCode(String codeId) {
        return table.get(codePk(codeId), CODE_SK).map(DynamoDbInviteStore::toInvite);
    }

    @Override
    public boolean request(Invite invite, JoinRequest request) {
        List<TransactWriteItem> writes = useUp(invite);
        Map<String, AttributeValue> attributes = new HashMap<>();
        attributes.put("id", Attributes.s(request.id()));
        attributes.put("email", Attributes.s(request.email()));
        attributes.put(ALIAS, Attributes.s(request.alias()));
        attributes.put(PLAYER_ID, Attributes.s(request.playerId()));
        attributes.put("created", Attributes.s(request.created().toString()));
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table.name())
                .item(KeyedTable.item(requestsPk(invite.copid()), request.id(), attributes))
                .conditionExpression("attribute_not_exists(sk)")).build());
        return DynamoDbTeamStore.retried(() -> table.transact(writes));
    }

    @Override
    public List<JoinRequest> requests(String copid) {
        return table.partition(requestsPk(copid)).map(DynamoDbInviteStore::toRequest).toList();
    }

    @Override
    public Optional<JoinRequest> findRequest(String copid, String id) {
        return table.get(requestsPk(copid), id).map(DynamoDbInviteStore::toRequest);
    }

    @Override
    public boolean reject(String copid, String id) {
        return DynamoDbTeamStore.retried(() -> table.transact(List.of(deleteRequest(copid, id))));
    }

    @Override
    public boolean admit(JoinRequest request, String copid, Player player, Token token) {
        return admit(copid, player, token, () -> List.of(deleteRequest(copid, request.id())));
    }

    @Override
    public boolean admit(Invite invite, Player player, Token token) {
        return admit(invite.copid(), player, token, () -> useUp(invite));
    }

    /** One transaction: what is used up, the player's creation and the token; each attempt reserves its own numbers. */
    private boolean admit(String copid, Player player, Token token, Supplier<List<TransactWriteItem>> usedUp) {
        return DynamoDbTeamStore.retried(() -> {
            List<TransactWriteItem> writes = new ArrayList<>(usedUp.get());
            writes.addAll(players.creation(copid, player));
            writes.add(tokens.putNew(token));
            return table.transact(writes);
        });
    }

    @Override
    public void forgetPlayer(String copid, String playerId) {
        for (Invite invite : invites(copid)) {
            if (invite.playerId().filter(playerId::equals).isPresent()) {
                table.transact(List.of(deleteInvite(invite, false), deleteCode(invite.codeId())));
            }
        }
        for (JoinRequest request : requests(copid)) {
            if (request.playerId().equals(playerId)) {
                table.dynamo().deleteItem(delete -> delete.tableName(table.name())
                        .key(KeyedTable.key(requestsPk(copid), request.id())));
            }
        }
    }

    /** The invitation's two items go, on condition that the address's invitation is still this one. */
    private List<TransactWriteItem> useUp(Invite invite) {
        return new ArrayList<>(List.of(deleteInvite(invite, true), deleteCode(invite.codeId())));
    }

    private TransactWriteItem deleteInvite(Invite invite, boolean ifCurrent) {
        return TransactWriteItem.builder().delete(delete -> {
            delete.tableName(table.name()).key(KeyedTable.key(invitesPk(invite.copid()), invite.email()));
            if (ifCurrent) {
                delete.conditionExpression(CODE_ID + " = :code").expressionAttributeValues(
                        Map.of(":code", Attributes.s(invite.codeId())));
            }
        }).build();
    }

    private TransactWriteItem deleteCode(String codeId) {
        return TransactWriteItem.builder().delete(delete -> delete.tableName(table.name())
                .key(KeyedTable.key(codePk(codeId), CODE_SK))).build();
    }

    private TransactWriteItem deleteRequest(String copid, String id) {
        return TransactWriteItem.builder().delete(delete -> delete.tableName(table.name())
                .key(KeyedTable.key(requestsPk(copid), id)).conditionExpression("attribute_exists(sk)")).build();
    }

    private static Map<String, AttributeValue> attributes(Invite invite) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        attributes.put("copid", Attributes.s(invite.copid()));
        attributes.put("email", Attributes.s(invite.email()));
        invite.alias().ifPresent(alias -> attributes.put(ALIAS, Attributes.s(alias)));
        invite.playerId().ifPresent(id -> attributes.put(PLAYER_ID, Attributes.s(id)));
        attributes.put(CODE_ID, Attributes.s(invite.codeId()));
        attributes.put("hash", Attributes.s(invite.codeHash()));
        attributes.put("created", Attributes.s(invite.created().toString()));
        attributes.put("expires", Attributes.s(invite.expires().toString()));
        attributes.put(DynamoDbTokenStore.EXPIRES_AT_EPOCH, Attributes.n(invite.expires().getEpochSecond()));
        return attributes;
    }

    private static Invite toInvite(Map<String, AttributeValue> item) {
        return new Invite(Attributes.requiredString(item, "copid"), Attributes.requiredString(item, "email"),
                Attributes.string(item, ALIAS), Attributes.string(item, PLAYER_ID), Attributes.requiredString(item, CODE_ID),
                Attributes.requiredString(item, "hash"), Attributes.instant(item, "created"),
                Attributes.instant(item, "expires"));
    }

    private static JoinRequest toRequest(Map<String, AttributeValue> item) {
        return new JoinRequest(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "email"),
                Attributes.requiredString(item, ALIAS), Attributes.requiredString(item, PLAYER_ID),
                Attributes.instant(item, "created"));
    }
}
