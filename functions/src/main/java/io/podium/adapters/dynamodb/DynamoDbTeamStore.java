package io.podium.adapters.dynamodb;

import io.podium.customboards.EntityValues;
import io.podium.events.CompanyEvent;
import io.podium.players.SearchTerms;
import io.podium.teams.MemberPage;
import io.podium.teams.Membership;
import io.podium.teams.PlayerTeam;
import io.podium.teams.Team;
import io.podium.teams.TeamAccess;
import io.podium.teams.TeamHit;
import io.podium.teams.TeamMember;
import io.podium.teams.TeamPage;
import io.podium.teams.TeamState;
import io.podium.teams.TeamStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Game table, teams. A team is four kinds of item, and a membership two:
 * <ul>
 *   <li>{@code pk = copid#team}: the listing, {@code sk = T#<id>} with {@code id}, {@code number}, {@code name},
 *       {@code definitionId}, {@code definitionName}, {@code roles}, {@code creatorRoles}, {@code access},
 *       {@code created}, {@code ownerId} and {@code ownerAlias} when owned; and the count of teams ({@code #total},
 *       {@code count}), which sorts before every team;</li>
 *   <li>{@code pk = copid#teamnumber}, {@code sk = <number>} (12 digits): which team has the number, {@code id} and
 *       {@code number}, with {@code disbanding} while the team is disbanded; written with the team, deleted with it.
 *       The number is reserved from the company's {@link Counters counter} ({@code pk = copid#counter},
 *       {@code sk = team}) before the team's transaction, so that a team whose id was taken leaves its number
 *       unused: numbers have gaps, and are never given again, not even a disbanded team's;</li>
 *   <li>{@code pk = copid#members#<team id>}: the team's head, {@code sk = #team}, the same attributes plus
 *       {@code members} and {@code role#<role>} (how many hold each role), {@code followers} (how many ranks are
 *       limited to the team: see {@link #follow}), and {@code disbanding} while it is being disbanded; then its
 *       members, {@code sk = M#<player id>} with {@code id}, {@code alias}, {@code roles} and {@code version}: one
 *       Query from the start reads the count and a page of members;</li>
 *   <li>{@code pk = copid#memberof}, {@code sk = <player id>}: the player's memberships, one attribute each,
 *       {@code T#<team id>}, a map of the team's {@code id}, {@code name}, {@code definitionId},
 *       {@code definitionName} and the {@code roles} held: one item, so that a profile reads it with the player in one
 *       BatchGetItem;</li>
 *   <li>{@code pk = copid#teamsearch}: the {@link SearchIndex} of the teams' ids and names.</li>
 * </ul>
 * A membership's two items and the head's counts change in one transaction, on condition of what was read, so
 * that the counts never drift from the members; a conflicting transaction is run again. The event of the change (a
 * join, a leave, roles, a transfer) is put in the Events table in that same transaction ({@link DynamoDbEventLog#put}),
 * its id reserved once before the first attempt: the event is logged if and only if the change is made, and a retry
 * of the change, whose conditions then fail, logs nothing.
 *
 * <p>A join, a leave and a disband answer whether the team is followed, so that only a change of a followed team makes
 * its followers look for the ranks limited to it. A join or a leave of a team read unfollowed is made on condition that
 * {@code followers} is still 0; a disband marks the head and reads it in one write, and a rank is then refused it.
 */
public final class DynamoDbTeamStore implements TeamStore {
    private static final String TOTAL = "#total";
    private static final String TEAM = "T#";
    private static final String HEAD = "#team";
    private static final String MEMBER = "M#";
    private static final String VERSION = "version";
    private static final String DISBANDING = "disbanding";
    private static final String NUMBER = "number";
    /** On the head: how many ranks are limited to the team; absent on a head made before they were counted. */
    private static final String FOLLOWERS = "followers";
    /** The kind of the company's counter that numbers its teams. */
    private static final String NUMBERS = "team";
    /** Memberships a disbanding transaction removes: two items each, within DynamoDB's 100 a transaction. */
    private static final int DISBAND_CHUNK = 50;
    /** Reads and writes a change tries before it gives up to a team changed that often meanwhile. */
    private static final int ATTEMPTS = 8;

    private final KeyedTable table;
    private final SearchIndex search;
    private final Counters counters;
    private final DynamoDbEventLog log;

    /** Teams in the Game table {@code table}; the events of their memberships in the Events table {@code eventsTable}. */
    public DynamoDbTeamStore(DynamoDbClient dynamo, String table, String eventsTable) {
        this.table = new KeyedTable(dynamo, table);
        this.search = new SearchIndex(this.table, "teamsearch");
        this.counters = new Counters(this.table);
        this.log = new DynamoDbEventLog(dynamo, eventsTable);
    }

    private static String listPk(String copid) {
        return KeyedTable.pk(copid, "team");
    }

    private static String membersPk(String copid, String teamId) {
        return KeyedTable.pk(copid, "members#" + teamId);
    }

    private static String memberOfPk(String copid) {
        return KeyedTable.pk(copid, "memberof");
    }

    /** The key of the item that says which team has this number. */
    private static Map<String, AttributeValue> numberKey(String copid, long number) {
        return KeyedTable.key(KeyedTable.pk(copid, "teamnumber"), KeyedTable.padded(number));
    }

    /** The key of the player's memberships item, for a read elsewhere that batches it with others. */
    static Map<String, AttributeValue> memberOfKey(String copid, String playerId) {
        return KeyedTable.key(memberOfPk(copid), playerId);
    }

    /** Adds (or replaces) one membership on the player's memberships item, which it makes if need be. */
    private TransactWriteItem setMemberOf(String copid, Team team, String playerId, List<String> roles) {
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(memberOfKey(copid, playerId))
                .updateExpression("SET #team = :membership")
                .expressionAttributeNames(Map.of("#team", TEAM + team.id()))
                .expressionAttributeValues(Map.of(":membership", AttributeValue.fromM(Map.of(
                        "id", Attributes.s(team.id()),
                        "name", Attributes.s(team.name()),
                        "definitionId", Attributes.s(team.definitionId()),
                        "definitionName", Attributes.s(team.definitionName()),
                        "roles", DynamoDbTeamDefinitionStore.strings(roles)))))).build();
    }

    private TransactWriteItem removeMemberOf(String copid, String teamId, String playerId) {
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(memberOfKey(copid, playerId))
                .updateExpression("REMOVE #team")
                .expressionAttributeNames(Map.of("#team", TEAM + teamId))).build();
    }

    /** A player's teams from their memberships item (absent: none). */
    static List<PlayerTeam> teams(Optional<Map<String, AttributeValue>> memberOf) {
        return memberOf.map(item -> item.entrySet().stream()
                        .filter(attribute -> attribute.getKey().startsWith(TEAM))
                        .sorted(Map.Entry.comparingByKey())
                        .map(attribute -> attribute.getValue().m())
                        .map(team -> new PlayerTeam(Attributes.requiredString(team, "id"), Attributes.requiredString(team, "name"),
                                Attributes.requiredString(team, "definitionId"), Attributes.requiredString(team, "definitionName"),
                                DynamoDbTeamDefinitionStore.strings(team.get("roles"))))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public long nextNumber(String copid) {
        return counters.next(copid, NUMBERS);
    }

    /** One transaction: the listing, the head, the number's item, the count and the terms. */
    @Override
    public boolean create(String copid, Team team) {
        Map<String, AttributeValue> head = new HashMap<>(teamAttributes(team));
        head.put("members", Attributes.n(0));
        head.put(FOLLOWERS, Attributes.n(0));
        team.roles().forEach(role -> head.put("role#" + role, Attributes.n(0)));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(KeyedTable.item(listPk(copid), TEAM + team.id(), teamAttributes(team)), "attribute_not_exists(sk)"));
        writes.add(put(KeyedTable.item(membersPk(copid, team.id()), HEAD, head), "attribute_not_exists(sk)"));
        if (team.number() > 0) {
            Map<String, AttributeValue> numbered = new HashMap<>(numberKey(copid, team.number()));
            numbered.put("id", Attributes.s(team.id()));
            numbered.put(NUMBER, Attributes.n(team.number()));
            writes.add(put(numbered, "attribute_not_exists(sk)"));
        }
        writes.add(addCount(copid, 1));
        SearchTerms.of(team.id(), team.name()).forEach(term -> writes.add(search.put(copid, term, team.id(),
                Map.of("name", Attributes.s(team.name())))));
        return retried(() -> table.transact(writes));
    }

    /** One GetItem of the number's item. */
    @Override
    public Optional<String> idOfNumber(String copid, long number) {
        if (number < 1) {
            return Optional.empty();
        }
        return Items.get(table.dynamo(), table.name(), numberKey(copid, number))
                .filter(item -> !item.containsKey(DISBANDING))
                .map(item -> Attributes.requiredString(item, "id"));
    }

    /** A Query of the team's members, every page. */
    @Override
    public Set<String> memberIds(String copid, String teamId) {
        return table.partition(membersPk(copid, teamId), MEMBER).map(item -> Attributes.requiredString(item, "id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public Optional<TeamState> find(String copid, String id) {
        return table.get(membersPk(copid, id), HEAD).filter(item -> !item.containsKey(DISBANDING))
                .map(DynamoDbTeamStore::state);
    }

    /** One Query from the partition's start reads the count and then the teams, skipping {@code skip} of them. */
    @Override
    public TeamPage list(String copid, int skip, int limit) {
        KeyedTable.HeadAndPage read = table.headAndPage(listPk(copid), TOTAL, skip, limit);
        return new TeamPage(read.page().stream().map(DynamoDbTeamStore::team).toList(),
                read.head().map(total -> Attributes.number(total, "count")).orElse(0L));
    }

    /** One Query from the partition's start reads the team's head, with its count, and then its members. */
    @Override
    public Optional<MemberPage> members(String copid, String teamId, int skip, int limit) {
        KeyedTable.HeadAndPage read = table.headAndPage(membersPk(copid, teamId), HEAD, skip, limit);
        return read.head().filter(head -> !head.containsKey(DISBANDING)).map(head -> new MemberPage(
                read.page().stream().map(DynamoDbTeamStore::member).toList(), Attributes.number(head, "members")));
    }

    /**
     * One transaction: the player still exists, the membership is new, its copy by player, the head's counts on
     * condition that the team exists and is not being disbanded (and, read unfollowed, still is not followed: else the
     * head is read again and the join runs again on what it says), and the event.
     */
    @Override
    public Changed<Joined> join(String copid, TeamState team, TeamMember player, List<String> roles, CompanyEvent joined) {
        String teamId = team.team().id();
        EventId eventId = new EventId(copid);
        TeamState read = team;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<TransactWriteItem> writes = List.of(
                    TransactWriteItem.builder().conditionCheck(check -> check.tableName(table.name())
                            .key(DynamoDbPlayerStore.key(copid, player.id()))
                            .conditionExpression(DynamoDbPlayerStore.PRESENT)).build(),
                    put(memberItem(copid, teamId, new Membership(player, roles), 1), "attribute_not_exists(sk)"),
                    setMemberOf(copid, read.team(), player.id(), roles),
                    headUpdate(copid, teamId, countChanges(List.of(), roles), 1, Optional.empty(), !read.followed()),
                    log.put(joined, eventId.get()));
            List<Integer> failed = retried(() -> table.failedConditions(writes));
            if (failed.contains(3)) {
                // Gone, being disbanded, or (read unfollowed) a rank was limited to the team since it was read.
                Optional<TeamState> now = read.followed() ? Optional.empty() : find(copid, teamId);
                if (now.isEmpty()) {
                    return new Changed<>(Joined.NO_TEAM, true);
                }
                read = now.get();
                continue;
            }
            if (failed.contains(0)) {
                return new Changed<>(Joined.NO_PLAYER, read.followed());
            }
            return new Changed<>(failed.contains(1) ? Joined.ALREADY_MEMBER : Joined.JOINED, read.followed());
        }
        throw new IllegalStateException("team " + teamId + " changed " + ATTEMPTS + " times while " + player.id() + " joined");
    }

    @Override
    public Optional<Membership> membership(String copid, String teamId, String playerId) {
        return table.get(membersPk(copid, teamId), MEMBER + playerId).map(DynamoDbTeamStore::membership);
    }

    /**
     * Reads the membership and the head, then removes the membership on condition of its version, with the counts,
     * the ownership if the player owned the team, and the event; reads again when another change won.
     */
    @Override
    public Changed<Boolean> leave(String copid, String teamId, String playerId, Optional<CompanyEvent> left) {
        EventId eventId = new EventId(copid);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, AttributeValue>> stored = table.get(membersPk(copid, teamId), MEMBER + playerId);
            Optional<Map<String, AttributeValue>> head = table.get(membersPk(copid, teamId), HEAD);
            boolean followed = head.map(DynamoDbTeamStore::followed).orElse(true);
            if (stored.isEmpty() || head.isEmpty()) {
                return new Changed<>(false, followed);
            }
            boolean owner = Attributes.string(head.get(), "ownerId").filter(playerId::equals).isPresent();
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(TransactWriteItem.builder().delete(delete -> delete.tableName(table.name())
                    .key(KeyedTable.key(membersPk(copid, teamId), MEMBER + playerId))
                    .conditionExpression("#version = :version")
                    .expressionAttributeNames(Map.of("#version", VERSION))
                    .expressionAttributeValues(Map.of(":version", stored.get().get(VERSION)))).build());
            writes.add(removeMemberOf(copid, teamId, playerId));
            writes.add(leavingHead(copid, teamId, playerId, membership(stored.get()).roles(), owner, !followed));
            if (owner) {
                writes.add(TransactWriteItem.builder().update(update -> update.tableName(table.name())
                        .key(KeyedTable.key(listPk(copid), TEAM + teamId))
                        .updateExpression("REMOVE ownerId, ownerAlias")
                        .conditionExpression("attribute_exists(sk)")).build());
            }
            left.ifPresent(event -> writes.add(log.put(event, eventId.get())));
            if (retried(() -> table.transact(writes))) {
                return new Changed<>(true, followed);
            }
        }
        throw new IllegalStateException("team " + teamId + " changed " + ATTEMPTS + " times while a member left");
    }

    /**
     * The head's counts less the roles left, and no owner if the player owned the team (as read, or read again); if the
     * team was read {@code unfollowed}, on condition that it still is.
     */
    private TransactWriteItem leavingHead(String copid, String teamId, String playerId, List<String> roles, boolean owner,
                                          boolean unfollowed) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        String adds = adds(countChanges(roles, List.of()), -1, names, values);
        values.put(":player", Attributes.s(playerId));
        String stillUnfollowed = stillUnfollowed(unfollowed, names, values);
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(KeyedTable.key(membersPk(copid, teamId), HEAD))
                .updateExpression("ADD " + adds + (owner ? " REMOVE ownerId, ownerAlias" : ""))
                .conditionExpression((owner ? "ownerId = :player"
                        : "attribute_exists(sk) AND (attribute_not_exists(ownerId) OR ownerId <> :player)") + stillUnfollowed)
                .expressionAttributeNames(names.isEmpty() ? null : names)
                .expressionAttributeValues(values)).build();
    }

    /**
     * Reads the membership, writes both its items with the roles changed on condition of its version, with the
     * counts (and the owner), on condition that the team is not being disbanded; reads again when another change won.
     */
    @Override
    public Optional<Membership> changeRoles(String copid, String teamId, String playerId, UnaryOperator<List<String>> change,
                                            boolean owner, Function<List<String>, CompanyEvent> logged) {
        EventId eventId = new EventId(copid);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, AttributeValue>> stored = table.get(membersPk(copid, teamId), MEMBER + playerId);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            Membership before = membership(stored.get());
            Membership after = new Membership(before.member(), change.apply(before.roles()));
            if (after.equals(before) && !owner) {
                return Optional.of(before);
            }
            long version = Attributes.number(stored.get(), VERSION);
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(put(memberItem(copid, teamId, after, version + 1), "#version = :version",
                    Map.of("#version", VERSION), Map.of(":version", Attributes.n(version))));
            writes.add(TransactWriteItem.builder().update(update -> update.tableName(table.name())
                    .key(memberOfKey(copid, playerId))
                    .updateExpression("SET #team.#roles = :roles")
                    .conditionExpression("attribute_exists(#team)")
                    .expressionAttributeNames(Map.of("#team", TEAM + teamId, "#roles", "roles"))
                    .expressionAttributeValues(Map.of(":roles", DynamoDbTeamDefinitionStore.strings(after.roles()))))
                    .build());
            Optional<TeamMember> newOwner = owner ? Optional.of(before.member()) : Optional.empty();
            writes.add(headUpdate(copid, teamId, countChanges(before.roles(), after.roles()), 0, newOwner, false));
            newOwner.ifPresent(member -> writes.add(TransactWriteItem.builder().update(update -> update
                    .tableName(table.name())
                    .key(KeyedTable.key(listPk(copid), TEAM + teamId))
                    .updateExpression("SET ownerId = :id, ownerAlias = :alias")
                    .conditionExpression("attribute_exists(sk)")
                    .expressionAttributeValues(Map.of(":id", Attributes.s(member.id()),
                            ":alias", Attributes.s(member.alias())))).build()));
            writes.add(log.put(logged.apply(after.roles()), eventId.get()));
            List<Integer> failed = retried(() -> table.failedConditions(writes));
            if (failed.isEmpty()) {
                return Optional.of(after);
            }
            if (failed.contains(2) || failed.contains(3)) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("member " + playerId + " of " + teamId + " changed " + ATTEMPTS + " times");
    }

    /**
     * Marks the head as disbanding, so that nobody joins any more and the team is no longer found, and then its
     * number's item, so that the number names it no more; removes the memberships, {@value #DISBAND_CHUNK} a
     * transaction; then the team itself, its number's item, its count and its search terms. A disband that stopped
     * halfway is finished by the next.
     */
    @Override
    public Changed<Boolean> disband(String copid, String teamId) {
        Optional<Map<String, AttributeValue>> marked = markDisbanding(KeyedTable.key(membersPk(copid, teamId), HEAD), null);
        if (marked.isEmpty()) {
            return new Changed<>(false, true);
        }
        // Read in the write that marks it: a rank limited to the team after it is refused (see follow).
        boolean followed = followed(marked.get());
        number(marked.get()).ifPresent(number -> markDisbanding(numberKey(copid, number), teamId));
        List<Map<String, AttributeValue>> members;
        do {
            members = table.partitionFromStart(membersPk(copid, teamId), MEMBER, DISBAND_CHUNK).toList();
            List<TransactWriteItem> writes = new ArrayList<>();
            for (Map<String, AttributeValue> member : members) {
                String playerId = Attributes.requiredString(member, "id");
                writes.add(delete(membersPk(copid, teamId), MEMBER + playerId, null));
                writes.add(removeMemberOf(copid, teamId, playerId));
            }
            if (!writes.isEmpty()) {
                retried(() -> table.transact(writes));
            }
        } while (!members.isEmpty());
        Optional<Map<String, AttributeValue>> head = table.get(membersPk(copid, teamId), HEAD);
        if (head.isEmpty()) {
            return new Changed<>(true, followed);
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(delete(membersPk(copid, teamId), HEAD, "attribute_exists(sk)"));
        writes.add(delete(listPk(copid), TEAM + teamId, null));
        number(head.get()).ifPresent(number -> writes.add(TransactWriteItem.builder().delete(delete -> delete
                .tableName(table.name()).key(numberKey(copid, number))).build()));
        writes.add(addCount(copid, -1));
        SearchTerms.of(teamId, Attributes.requiredString(head.get(), "name"))
                .forEach(term -> writes.add(search.delete(copid, term, teamId)));
        retried(() -> table.transact(writes));
        return new Changed<>(true, followed);
    }

    /**
     * Sets {@code disbanding} on the item of this key if it exists (and, with {@code teamId}, names that team): the
     * item as it is now, or empty if it is not there.
     */
    private Optional<Map<String, AttributeValue>> markDisbanding(Map<String, AttributeValue> key, String teamId) {
        Map<String, String> names = new HashMap<>(Map.of("#disbanding", DISBANDING));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":yes", AttributeValue.fromBool(true)));
        if (teamId != null) {
            names.put("#id", "id");
            values.put(":id", Attributes.s(teamId));
        }
        try {
            return Optional.of(table.dynamo().updateItem(update -> update.tableName(table.name())
                    .key(key)
                    .updateExpression("SET #disbanding = :yes")
                    .conditionExpression(teamId == null ? "attribute_exists(sk)" : "attribute_exists(sk) AND #id = :id")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException absent) {
            return Optional.empty();
        }
    }

    /** A team's number, from its head or listing; none for a team made before teams had numbers. */
    private static Optional<Long> number(Map<String, AttributeValue> team) {
        return team.containsKey(NUMBER) ? Optional.of(Attributes.number(team, NUMBER)) : Optional.empty();
    }

    @Override
    public List<TeamHit> search(String copid, String pattern, int skip, int limit) {
        return search.search(copid, pattern, skip, limit, item -> new TeamHit(Attributes.requiredString(item, "id"),
                Attributes.requiredString(item, "name")));
    }

    @Override
    public List<PlayerTeam> teamsOf(String copid, String playerId) {
        return teams(table.get(memberOfPk(copid), playerId));
    }

    @Override
    public void forgetMemberships(String copid, String playerId) {
        table.dynamo().deleteItem(delete -> delete.tableName(table.name()).key(memberOfKey(copid, playerId)));
    }

    /**
     * The id of a change's event, reserved on first use and kept through the change's attempts (a cancelled attempt
     * wrote nothing), so that reading again costs no second counter write.
     */
    private final class EventId {
        private final String copid;
        private long id;

        EventId(String copid) {
            this.copid = copid;
        }

        long get() {
            if (id == 0) {
                id = log.reserveIds(copid, 1);
            }
            return id;
        }
    }

    /** Runs a transaction again while it is cancelled by another one on the same items (not by its conditions). */
    static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (TransactionCanceledException conflict) {
                if (attempt >= ATTEMPTS) {
                    throw conflict;
                }
                ContentionBackoff.DEFAULT.pauseBefore(attempt + 1);
            }
        }
    }

    /** By role, +1 for each role gained and -1 for each lost. */
    private static Map<String, Long> countChanges(List<String> before, List<String> after) {
        Map<String, Long> changes = new LinkedHashMap<>();
        before.stream().filter(role -> !after.contains(role)).forEach(role -> changes.put(role, -1L));
        after.stream().filter(role -> !before.contains(role)).forEach(role -> changes.put(role, 1L));
        return changes;
    }

    /** The {@code ADD} clauses of these role count changes and of {@code members}. */
    private static String adds(Map<String, Long> roles, long members, Map<String, String> names,
                               Map<String, AttributeValue> values) {
        List<String> clauses = new ArrayList<>();
        if (members != 0) {
            clauses.add("members :members");
            values.put(":members", Attributes.n(members));
        }
        int i = 0;
        for (Map.Entry<String, Long> change : roles.entrySet()) {
            names.put("#r" + i, "role#" + change.getKey());
            values.put(":r" + i, Attributes.n(change.getValue()));
            clauses.add("#r" + i + " :r" + i);
            i++;
        }
        return String.join(", ", clauses);
    }

    /**
     * The head's counts changed, and its owner set, on condition that the team exists and is not being disbanded, and,
     * if it was read {@code unfollowed}, that it still is.
     */
    private TransactWriteItem headUpdate(String copid, String teamId, Map<String, Long> roles, long members,
                                         Optional<TeamMember> owner, boolean unfollowed) {
        Map<String, String> names = new HashMap<>(Map.of("#disbanding", DISBANDING));
        Map<String, AttributeValue> values = new HashMap<>();
        String adds = adds(roles, members, names, values);
        String condition = "attribute_exists(sk) AND attribute_not_exists(#disbanding)"
                + stillUnfollowed(unfollowed, names, values);
        StringBuilder expression = new StringBuilder();
        owner.ifPresent(member -> {
            expression.append("SET ownerId = :ownerId, ownerAlias = :ownerAlias ");
            values.put(":ownerId", Attributes.s(member.id()));
            values.put(":ownerAlias", Attributes.s(member.alias()));
        });
        if (!adds.isEmpty()) {
            expression.append("ADD ").append(adds);
        }
        if (expression.isEmpty()) {
            return TransactWriteItem.builder().conditionCheck(check -> check.tableName(table.name())
                    .key(KeyedTable.key(membersPk(copid, teamId), HEAD))
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values.isEmpty() ? null : values)).build();
        }
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(KeyedTable.key(membersPk(copid, teamId), HEAD))
                .updateExpression(expression.toString().strip())
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values.isEmpty() ? null : values)).build();
    }

    /**
     * The clause (with its names and values) that makes a change of a team read {@code unfollowed} on condition that it
     * still is; none for a team read followed, whose followers are told anyway.
     */
    private static String stillUnfollowed(boolean unfollowed, Map<String, String> names, Map<String, AttributeValue> values) {
        if (!unfollowed) {
            return "";
        }
        names.put("#followers", FOLLOWERS);
        values.put(":unfollowed", Attributes.n(0));
        return " AND #followers = :unfollowed";
    }

    /**
     * Whether a head's team is followed: a rank is limited to it, or it was made before they were counted (then nothing
     * says none is).
     */
    private static boolean followed(Map<String, AttributeValue> head) {
        return !head.containsKey(FOLLOWERS) || Attributes.number(head, FOLLOWERS) != 0;
    }

    /**
     * For a rank's own transaction, in the table {@code table}: one more rank limited to the team ({@code delta} 1) or
     * one fewer (-1), on condition that the team counts them (it was made since they are counted) and is not being
     * disbanded. The rank is created with it before its first computation is queued, and a join or a leave of the team
     * read unfollowed is made only while nothing follows it; both write the head, so one comes first: the change, and
     * then the rank, whose first computation reads the members as they are after it; or the rank, and then the change,
     * which finds the team followed and has the rank computed again.
     */
    static TransactWriteItem follow(String table, String copid, String teamId, int delta) {
        return TransactWriteItem.builder().update(update -> update.tableName(table)
                .key(KeyedTable.key(membersPk(copid, teamId), HEAD))
                .updateExpression("ADD #followers :delta")
                .conditionExpression("attribute_exists(#followers) AND attribute_not_exists(#disbanding)")
                .expressionAttributeNames(Map.of("#followers", FOLLOWERS, "#disbanding", DISBANDING))
                .expressionAttributeValues(Map.of(":delta", Attributes.n(delta)))).build();
    }

    /**
     * For a rank's own transaction: the team exists and is not being disbanded, when it does not count its ranks (made
     * before they were counted, and so always taken as followed).
     */
    static TransactWriteItem present(String table, String copid, String teamId) {
        return TransactWriteItem.builder().conditionCheck(check -> check.tableName(table)
                .key(KeyedTable.key(membersPk(copid, teamId), HEAD))
                .conditionExpression("attribute_exists(sk) AND attribute_not_exists(#disbanding)")
                .expressionAttributeNames(Map.of("#disbanding", DISBANDING))).build();
    }

    private TransactWriteItem addCount(String copid, long delta) {
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(KeyedTable.key(listPk(copid), TOTAL))
                .updateExpression("ADD #count :delta")
                .expressionAttributeNames(Map.of("#count", "count"))
                .expressionAttributeValues(Map.of(":delta", Attributes.n(delta)))).build();
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        return put(item, condition, null, null);
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                                  Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().put(put -> put.tableName(table.name()).item(item)
                .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)).build();
    }

    private TransactWriteItem delete(String pk, String sk, String condition) {
        return TransactWriteItem.builder().delete(delete -> delete.tableName(table.name())
                .key(KeyedTable.key(pk, sk)).conditionExpression(condition)).build();
    }

    private static Map<String, AttributeValue> teamAttributes(Team team) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", Attributes.s(team.id()));
        item.put("name", Attributes.s(team.name()));
        item.put("definitionId", Attributes.s(team.definitionId()));
        item.put("definitionName", Attributes.s(team.definitionName()));
        item.put("roles", DynamoDbTeamDefinitionStore.strings(team.roles()));
        item.put("creatorRoles", DynamoDbTeamDefinitionStore.strings(team.creatorRoles()));
        item.put("access", Attributes.s(team.access().name()));
        item.put("created", Attributes.s(team.created().toString()));
        if (team.number() > 0) {
            item.put(NUMBER, Attributes.n(team.number()));
        }
        team.owner().ifPresent(owner -> {
            item.put("ownerId", Attributes.s(owner.id()));
            item.put("ownerAlias", Attributes.s(owner.alias()));
        });
        return item;
    }

    private static Map<String, AttributeValue> memberItem(String copid, String teamId, Membership membership, long version) {
        return KeyedTable.item(membersPk(copid, teamId), MEMBER + membership.member().id(), Map.of(
                "id", Attributes.s(membership.member().id()),
                "alias", Attributes.s(membership.member().alias()),
                "roles", DynamoDbTeamDefinitionStore.strings(membership.roles()),
                VERSION, Attributes.n(version)));
    }

    private static Team team(Map<String, AttributeValue> item) {
        Optional<TeamMember> owner = Attributes.string(item, "ownerId").map(id -> new TeamMember(id,
                Attributes.requiredString(item, "ownerAlias")));
        return new Team(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "name"),
                Attributes.requiredString(item, "definitionId"), Attributes.requiredString(item, "definitionName"),
                DynamoDbTeamDefinitionStore.strings(item.get("roles")),
                DynamoDbTeamDefinitionStore.strings(item.get("creatorRoles")),
                TeamAccess.valueOf(Attributes.requiredString(item, "access")), Attributes.instant(item, "created"), owner,
                number(item).orElse(0L));
    }

    private static TeamState state(Map<String, AttributeValue> head) {
        Team team = team(head);
        Map<String, Long> counts = new LinkedHashMap<>();
        team.roles().forEach(role -> counts.put(role, Attributes.number(head, "role#" + role)));
        return new TeamState(team, counts, Attributes.number(head, "members"), followed(head));
    }

    private static TeamMember member(Map<String, AttributeValue> item) {
        return new TeamMember(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "alias"));
    }

    private static Membership membership(Map<String, AttributeValue> item) {
        return new Membership(member(item), DynamoDbTeamDefinitionStore.strings(item.get("roles")));
    }

    /**
     * Every team's name and members' ids, by team id: one Query of the teams' listing and one of the players'
     * memberships, every page of each, however many teams.
     */
    Map<String, EntityValues.TeamMembers> allTeams(String copid) {
        Map<String, String> names = new HashMap<>();
        table.partition(listPk(copid), TEAM).forEach(item ->
                names.put(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "name")));
        Map<String, Set<String>> members = new HashMap<>();
        table.partition(memberOfPk(copid)).forEach(item -> item.keySet().stream().filter(name -> name.startsWith(TEAM))
                .forEach(team -> members.computeIfAbsent(team.substring(TEAM.length()), id -> new HashSet<>())
                        .add(Attributes.requiredString(item, "sk"))));
        Map<String, EntityValues.TeamMembers> teams = new HashMap<>();
        names.forEach((id, name) -> teams.put(id, new EntityValues.TeamMembers(name, members.getOrDefault(id, Set.of()))));
        return teams;
    }
}
