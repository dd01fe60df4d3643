package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.invites.AcceptInviteHandler;
import io.podium.api.invites.ApproveRequestHandler;
import io.podium.api.invites.CancelInviteHandler;
import io.podium.api.invites.CreateInviteHandler;
import io.podium.api.invites.ListInvitesHandler;
import io.podium.api.invites.ListRequestsHandler;
import io.podium.api.invites.RejectRequestHandler;
import io.podium.api.players.CreatePlayerHandler;
import io.podium.api.players.DeletePlayerHandler;
import io.podium.api.players.GetPlayerHandler;
import io.podium.api.players.ListPlayersHandler;
import io.podium.invites.Invitations;
import io.podium.json.Json;
import io.podium.settings.CompanySettings;
import io.podium.tokens.Authentication;
import io.podium.tokens.Token;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.podium.handlers.Fixtures.asCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playoff's invitations and join requests on their fixtures, against the Game table in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class InvitesHandlersTest {
    private static final int RACERS = 8;
    private final TokenService tokens = Wiring.aws().tokens();

    private static APIGatewayProxyRequestEvent event(String fixture, String copid) {
        return asCompany(EventLoader.loadApiGatewayRestEvent("../events/" + fixture + ".json"), copid);
    }

    private static JsonNode body(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    private static APIGatewayProxyResponseEvent invite(String copid, String body) {
        APIGatewayProxyRequestEvent event = event("create-invite", copid);
        event.setBody(body);
        return new CreateInviteHandler().handleRequest(event, null);
    }

    /** Invites the address, and answers the code. */
    private static String code(String copid, String body) {
        APIGatewayProxyResponseEvent created = invite(copid, body);
        assertEquals(201, created.getStatusCode(), created.getBody());
        return body(created).get("code").asText();
    }

    private static APIGatewayProxyResponseEvent accept(String code) {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("../events/accept-invite.json");
        event.setPathParameters(Map.of("code", code));
        return new AcceptInviteHandler().handleRequest(event, null);
    }

    private static APIGatewayProxyResponseEvent onRequest(String fixture, String copid, String id) {
        APIGatewayProxyRequestEvent event = event(fixture, copid);
        event.setPathParameters(Map.of("request_id", id));
        return fixture.startsWith("approve")
                ? new ApproveRequestHandler().handleRequest(event, null)
                : new RejectRequestHandler().handleRequest(event, null);
    }

    private static JsonNode list(String fixture, String copid, String skip, String limit) {
        APIGatewayProxyRequestEvent event = event(fixture, copid);
        event.setQueryStringParameters(Map.of("skip", skip, "limit", limit));
        APIGatewayProxyResponseEvent listed = fixture.equals("list-invites")
                ? new ListInvitesHandler().handleRequest(event, null)
                : new ListRequestsHandler().handleRequest(event, null);
        assertEquals(200, listed.getStatusCode(), listed.getBody());
        return body(listed);
    }

    private static APIGatewayProxyResponseEvent cancel(String copid, String email) {
        APIGatewayProxyRequestEvent event = event("cancel-invite", copid);
        event.setQueryStringParameters(email == null ? null : Map.of("email", email));
        return new CancelInviteHandler().handleRequest(event, null);
    }

    private static int playerStatus(String copid, String id) {
        APIGatewayProxyRequestEvent event = event("get-player", copid);
        event.setPathParameters(Map.of("player_id", id));
        return new GetPlayerHandler().handleRequest(event, null).getStatusCode();
    }

    private static long players(String copid) {
        APIGatewayProxyRequestEvent event = event("list-players", copid);
        return body(new ListPlayersHandler().handleRequest(event, null)).get("total").asLong();
    }

    private static void createPlayer(String copid, String id) {
        APIGatewayProxyRequestEvent event = event("create-player", copid);
        event.setBody("{\"id\":\"" + id + "\"}");
        assertEquals(201, new CreatePlayerHandler().handleRequest(event, null).getStatusCode());
    }

    /** The company's tokens of this driver. */
    private List<Token> driverTokens(String copid, String driver) {
        return tokens.list(copid).stream().filter(token -> token.driver().filter(driver::equals).isPresent()).toList();
    }

    private static <T> List<T> atOnce(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theFixtureInvitesWithACodeThatIsShownOnceAndListedWithout() {
        String copid = newCompany();
        APIGatewayProxyResponseEvent created = new CreateInviteHandler().handleRequest(event("create-invite", copid), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        assertEquals("no-store", created.getHeaders().get("Cache-Control"));
        JsonNode invite = body(created);
        assertEquals("jane.doe@example.com", invite.get("email").asText());
        assertEquals("Jane", invite.get("alias").asText());
        assertEquals("jane", invite.get("player_id").asText());
        assertTrue(invite.get("code").asText().matches("inv_[A-Za-z0-9_-]{43}"), invite.toString());
        assertEquals(Instant.parse(invite.get("created").asText()).plus(Invitations.LIFETIME),
                Instant.parse(invite.get("expires").asText()));

        JsonNode listed = list("list-invites", copid, "0", "10");
        assertEquals(1, listed.get("total").asInt());
        JsonNode entry = listed.get("data").get(0);
        assertEquals("jane.doe@example.com", entry.get("email").asText());
        assertFalse(entry.has("code"), "the code is shown once");
        assertFalse(listed.toString().contains(invite.get("code").asText()));
    }

    @Test
    void badInvitationsAreRefusedWithAStableCodeAndWriteNothing() {
        String copid = newCompany();
        for (String bad : List.of("{}", "{\"email\":\"not-an-address\"}", "{\"email\":42}",
                "{\"email\":\"a@example.com\",\"player_id\":\"9lives\"}", "{\"email\":\"a@example.com\",\"alias\":\"\"}",
                "{\"email\":\"a@example.com\",\"player_id\":[1]}", "[1]", "not json")) {
            APIGatewayProxyResponseEvent refused = invite(copid, bad);
            assertEquals(400, refused.getStatusCode(), bad);
            assertEquals("validation_exception", body(refused).get("error").asText(), bad);
        }
        assertEquals(0, list("list-invites", copid, "0", "10").get("total").asInt());

        createPlayer(copid, "taken");
        APIGatewayProxyResponseEvent taken = invite(copid, "{\"email\":\"t@example.com\",\"player_id\":\"taken\"}");
        assertEquals(409, taken.getStatusCode());
        assertEquals("player_exists", body(taken).get("error").asText());
        assertEquals(0, list("list-invites", copid, "0", "10").get("total").asInt());

        assertEquals("validation_exception", body(cancel(copid, null)).get("error").asText());
        assertEquals(400, cancel(copid, "nobody").getStatusCode());
    }

    @Test
    void aSecondInvitationOfAnAddressReplacesTheFirstsCode() {
        String copid = newCompany();
        String first = code(copid, "{\"email\":\"Ann@Example.com\"}");
        String second = code(copid, "{\"email\":\"ann@example.com\",\"alias\":\"Ann\"}");
        JsonNode listed = list("list-invites", copid, "0", "10");
        assertEquals(1, listed.get("total").asInt());
        assertEquals("Ann", listed.get("data").get(0).get("alias").asText());

        APIGatewayProxyResponseEvent old = accept(first);
        assertEquals(404, old.getStatusCode());
        assertEquals("invite_not_found", body(old).get("error").asText());
        assertFalse(old.getBody().contains(first), "an error never echoes the code");
        assertEquals(202, accept(second).getStatusCode());
    }

    @Test
    void cancelledCodesAndUnknownCodesNameNothing() {
        String copid = newCompany();
        String code = code(copid, "{\"email\":\"bob@example.com\"}");
        APIGatewayProxyResponseEvent cancelled = cancel(copid, "BOB@example.com");
        assertEquals(200, cancelled.getStatusCode(), cancelled.getBody());
        assertEquals(0, list("list-invites", copid, "0", "10").get("total").asInt());
        assertEquals("invite_not_found", body(cancel(copid, "bob@example.com")).get("error").asText());
        assertEquals(404, accept(code).getStatusCode());
        assertEquals(404, accept("inv_" + "A".repeat(43)).getStatusCode());
        assertEquals(404, accept("not-a-code").getStatusCode());
        assertEquals(0, list("list-requests", copid, "0", "10").get("total").asInt());
    }

    @Test
    void anAcceptedInvitationWaitsAsARequestThatAnApprovalTurnsIntoAPlayerWithADriverToken() {
        String copid = newCompany();
        String code = code(copid, "{\"email\":\"carla.m@example.com\"}");
        APIGatewayProxyResponseEvent accepted = accept(code);
        assertEquals(202, accepted.getStatusCode(), accepted.getBody());
        JsonNode request = body(accepted).get("request");
        assertEquals("carla.m", request.get("alias").asText(), "the address's local part");
        String playerId = request.get("player_id").asText();
        assertTrue(playerId.matches("player_[0-9a-f]{16}"), playerId);
        assertEquals(0, list("list-invites", copid, "0", "10").get("total").asInt(), "the invitation is used up");
        assertEquals(404, accept(code).getStatusCode(), "a code is accepted once");

        JsonNode requests = list("list-requests", copid, "0", "10");
        assertEquals(1, requests.get("total").asInt());
        assertEquals(request, requests.get("data").get(0));
        assertEquals(404, playerStatus(copid, playerId), "no player before the approval");

        APIGatewayProxyResponseEvent approved = onRequest("approve-request", copid, request.get("id").asText());
        assertEquals(201, approved.getStatusCode(), approved.getBody());
        assertEquals("no-store", approved.getHeaders().get("Cache-Control"));
        JsonNode admitted = body(approved);
        assertEquals(playerId, admitted.get("player").get("id").asText());
        assertEquals("carla.m", admitted.get("player").get("alias").asText());
        Authentication driver = tokens.authenticate(admitted.get("token").asText()).orElseThrow();
        assertEquals(Optional.of(playerId), driver.token().driver());
        assertEquals(Optional.of(copid), driver.token().copid());
        assertEquals(200, playerStatus(copid, playerId));
        assertEquals(0, list("list-requests", copid, "0", "10").get("total").asInt());

        APIGatewayProxyResponseEvent again = onRequest("approve-request", copid, request.get("id").asText());
        assertEquals(404, again.getStatusCode());
        assertEquals("request_not_found", body(again).get("error").asText());
        assertEquals(1, driverTokens(copid, playerId).size());
    }

    @Test
    void aRejectedRequestGoesAndCanNoLongerBeApproved() {
        String copid = newCompany();
        String id = body(accept(code(copid, "{\"email\":\"dan@example.com\",\"player_id\":\"dan\"}")))
                .get("request").get("id").asText();
        assertEquals(200, onRequest("reject-request", copid, id).getStatusCode());
        assertEquals(0, list("list-requests", copid, "0", "10").get("total").asInt());
        assertEquals("request_not_found", body(onRequest("approve-request", copid, id)).get("error").asText());
        assertEquals("request_not_found", body(onRequest("reject-request", copid, id)).get("error").asText());
        assertEquals(404, onRequest("reject-request", copid, "not-an-id").getStatusCode());
        assertEquals(404, playerStatus(copid, "dan"));
    }

    @Test
    void anotherCompanyNeitherSeesNorApprovesARequest() {
        String copid = newCompany();
        String other = newCompany();
        code(copid, "{\"email\":\"eve@example.com\"}");
        String id = body(accept(code(copid, "{\"email\":\"fay@example.com\"}"))).get("request").get("id").asText();
        assertEquals(0, list("list-invites", other, "0", "10").get("total").asInt());
        assertEquals(0, list("list-requests", other, "0", "10").get("total").asInt());
        assertEquals(404, onRequest("approve-request", other, id).getStatusCode());
        assertEquals(404, onRequest("reject-request", other, id).getStatusCode());
        assertEquals(404, cancel(other, "eve@example.com").getStatusCode());
        assertEquals(1, list("list-requests", copid, "0", "10").get("total").asInt());
        assertEquals(1, list("list-invites", copid, "0", "10").get("total").asInt());
    }

    @Test
    void aRequestWhosePlayerIdWasTakenMeanwhileIsRefusedAndStays() {
        String copid = newCompany();
        String id = body(accept(code(copid, "{\"email\":\"gil@example.com\",\"player_id\":\"gil\"}")))
                .get("request").get("id").asText();
        createPlayer(copid, "gil");
        APIGatewayProxyResponseEvent refused = onRequest("approve-request", copid, id);
        assertEquals(409, refused.getStatusCode());
        assertEquals("player_exists", body(refused).get("error").asText());
        assertEquals(1, list("list-requests", copid, "0", "10").get("total").asInt());
        assertEquals(0, driverTokens(copid, "gil").size(), "nothing of the approval was written");
    }

    @Test
    void listsPageWithSkipAndLimitAndCountEverything() {
        String copid = newCompany();
        for (int i = 0; i < 5; i++) {
            accept(code(copid, "{\"email\":\"r" + i + "@example.com\"}"));
            code(copid, "{\"email\":\"i" + i + "@example.com\"}");
        }
        JsonNode invites = list("list-invites", copid, "1", "2");
        assertEquals(5, invites.get("total").asInt());
        assertEquals("i1@example.com", invites.get("data").get(0).get("email").asText());
        assertEquals(2, invites.get("data").size());
        JsonNode requests = list("list-requests", copid, "3", "10");
        assertEquals(5, requests.get("total").asInt());
        assertEquals(2, requests.get("data").size());
    }

    @Test
    void aCodeAcceptedEightTimesAtOnceMakesOneRequest() throws Exception {
        String copid = newCompany();
        String code = code(copid, "{\"email\":\"hal@example.com\"}");
        List<Integer> statuses = atOnce(RACERS, () -> accept(code).getStatusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 202).count(), statuses.toString());
        assertEquals(RACERS - 1, statuses.stream().filter(status -> status == 404).count(), statuses.toString());
        assertEquals(1, list("list-requests", copid, "0", "10").get("total").asInt());
    }

    @Test
    void aRequestApprovedEightTimesAtOnceMakesOnePlayerAndOneToken() throws Exception {
        String copid = newCompany();
        String id = body(accept(code(copid, "{\"email\":\"ida@example.com\",\"player_id\":\"ida\"}")))
                .get("request").get("id").asText();
        List<Integer> statuses = atOnce(RACERS, () -> onRequest("approve-request", copid, id).getStatusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(RACERS - 1, statuses.stream().filter(status -> status == 404).count(), statuses.toString());
        assertEquals(1, players(copid));
        assertEquals(1, driverTokens(copid, "ida").size());
    }

    @Test
    void anApprovalAndARejectionAtOnceEndOneWay() throws Exception {
        String copid = newCompany();
        String id = body(accept(code(copid, "{\"email\":\"ned@example.com\",\"player_id\":\"ned\"}")))
                .get("request").get("id").asText();
        List<Integer> statuses = atOnce(2, new Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Integer call() {
                return onRequest(turn.getAndIncrement() == 0 ? "approve-request" : "reject-request", copid, id).getStatusCode();
            }
        });
        assertEquals(1, statuses.stream().filter(status -> status == 404).count(), statuses.toString());
        boolean approved = statuses.contains(201);
        assertTrue(approved || statuses.contains(200), statuses.toString());
        assertEquals(approved ? 200 : 404, playerStatus(copid, "ned"));
        assertEquals(approved ? 1 : 0, driverTokens(copid, "ned").size());
        assertEquals(0, list("list-requests", copid, "0", "10").get("total").asInt());
    }

    @Test
    void anAddressInvitedEightTimesAtOnceHasOneInvitationAndOneCodeThatWorks() throws Exception {
        String copid = newCompany();
        List<APIGatewayProxyResponseEvent> answers = atOnce(RACERS, () -> invite(copid, "{\"email\":\"oz@example.com\"}"));
        List<String> codes = answers.stream().filter(answer -> answer.getStatusCode() == 201)
                .map(answer -> body(answer).get("code").asText()).toList();
        assertFalse(codes.isEmpty());
        assertTrue(answers.stream().allMatch(answer -> answer.getStatusCode() == 201 || answer.getStatusCode() == 503),
                answers.stream().map(APIGatewayProxyResponseEvent::getStatusCode).toList().toString());
        assertEquals(1, list("list-invites", copid, "0", "10").get("total").asInt());
        List<Integer> accepted = codes.stream().map(code -> accept(code).getStatusCode()).toList();
        assertEquals(1, accepted.stream().filter(status -> status == 202).count(), "one live code: " + accepted);
        assertEquals(codes.size() - 1, accepted.stream().filter(status -> status == 404).count(), accepted.toString());
    }

    @Test
    void withoutApprovalAcceptingMakesThePlayerAtOnceAndOnlyOnce() throws Exception {
        String copid = newCompany();
        CompanySettings defaults = CompanySettings.defaults(copid);
        Wiring.aws().settings().put(new CompanySettings(copid, Optional.empty(), defaults.levels(), Optional.empty(),
                defaults.rankRules(), false, Instant.now()));
        String code = code(copid, "{\"email\":\"jo@example.com\",\"alias\":\"Jo\",\"player_id\":\"jo\"}");
        List<APIGatewayProxyResponseEvent> answers = atOnce(RACERS, () -> accept(code));
        List<APIGatewayProxyResponseEvent> admitted = answers.stream().filter(a -> a.getStatusCode() == 201).toList();
        assertEquals(1, admitted.size(), answers.stream().map(APIGatewayProxyResponseEvent::getStatusCode).toList().toString());
        assertEquals(RACERS - 1, answers.stream().filter(a -> a.getStatusCode() == 404).count());
        JsonNode body = body(admitted.get(0));
        assertEquals("Jo", body.get("player").get("alias").asText());
        assertEquals(Optional.of("jo"), tokens.authenticate(body.get("token").asText()).orElseThrow().token().driver());
        assertEquals(1, players(copid));
        assertEquals(1, driverTokens(copid, "jo").size());
        assertEquals(0, list("list-requests", copid, "0", "10").get("total").asInt());
        assertEquals(0, list("list-invites", copid, "0", "10").get("total").asInt());
    }

    @Test
    void anExpiredCodeIsGoneBeforeTheTableForgetsIt() {
        String copid = newCompany();
        String code = code(copid, "{\"email\":\"kim@example.com\"}");
        Clock later = Clock.fixed(Instant.now().plus(Invitations.LIFETIME).plusSeconds(1), ZoneOffset.UTC);
        Wiring wiring = new Wiring(Faults::dynamoDb, Faults::sqs, later);
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("../events/accept-invite.json");
        event.setPathParameters(Map.of("code", code));
        APIGatewayProxyResponseEvent expired = new AcceptInviteHandler(wiring.invitations()).handleRequest(event, null);
        assertEquals(410, expired.getStatusCode());
        assertEquals("invite_expired", body(expired).get("error").asText());
        APIGatewayProxyRequestEvent listing = event("list-invites", copid);
        assertEquals(0, body(new ListInvitesHandler(wiring.invitations()).handleRequest(listing, null)).get("total").asInt());
        assertEquals(0, list("list-requests", copid, "0", "10").get("total").asInt());
        assertEquals(202, accept(code).getStatusCode(), "still valid now");
    }

    @Test
    void anErasedPlayersInvitationsAndRequestsGo() {
        String copid = newCompany();
        code(copid, "{\"email\":\"lea@example.com\",\"player_id\":\"lea\"}");
        accept(code(copid, "{\"email\":\"lea2@example.com\",\"player_id\":\"lea\"}"));
        code(copid, "{\"email\":\"max@example.com\",\"player_id\":\"max\"}");
        createPlayer(copid, "lea");
        APIGatewayProxyRequestEvent erase = event("delete-player", copid);
        erase.setPathParameters(new HashMap<>(Map.of("player_id", "lea")));
        assertEquals(200, new DeletePlayerHandler().handleRequest(erase, null).getStatusCode());
        JsonNode invites = list("list-invites", copid, "0", "10");
        assertEquals(1, invites.get("total").asInt());
        assertEquals("max@example.com", invites.get("data").get(0).get("email").asText());
        assertEquals(0, list("list-requests", copid, "0", "10").get("total").asInt());
    }
}
