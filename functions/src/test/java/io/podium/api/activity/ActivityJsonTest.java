package io.podium.api.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.activity.ActivityPage;
import io.podium.activity.ActivityWindow;
import io.podium.activity.FeedEvent;
import io.podium.events.Change;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.MetricItem;
import io.podium.gamemetrics.MetricType;
import io.podium.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every type of the log as Playoff's activity event, the seed's fields first, in its order. */
class ActivityJsonTest {
    private static final Instant AT = Instant.parse("2012-04-11T08:00:00.500123Z");
    /** The game's metrics: Playoff's fan count, a point metric with a name of its own, and a state metric. */
    private static final MetricCatalog CATALOG = new MetricCatalog(List.of(
            new MetricDefinition("fans", "fan count", MetricType.POINT, 0, Optional.empty(), Optional.empty(), List.of()),
            new MetricDefinition("rank", "rank", MetricType.STATE, 0, Optional.empty(), Optional.empty(),
                    List.of(new MetricItem("panda", ""), new MetricItem("warrior", "")))), List.of(), Set.of(), 1);

    private static String render(String type, Optional<String> actor, JsonNode payload, List<Change> changes) {
        FeedEvent event = new FeedEvent(7, type, actor, AT, payload, changes);
        ActivityPage page = new ActivityPage(new ActivityWindow(AT, AT), List.of(event),
                Map.of("po", "Po, the Dragon Warrior", "tony", "Tony"), CATALOG, Optional.empty());
        return ActivityJson.event(event, page).toString();
    }

    private static String tail(String changes) {
        return ",\"changes\":" + changes + ",\"timestamp\":\"2012-04-11T08:00:00.500Z\",\"id\":\"7\"}";
    }

    @Test
    void aLevelIsTheSeedsGameExample() {
        assertEquals("{\"event\":\"level\",\"actor\":{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"}"
                        + tail("[{\"metric\":{\"id\":\"rank\",\"name\":\"rank\",\"type\":\"state\"},"
                        + "\"delta\":{\"old\":\"panda\",\"new\":\"warrior\"}}]"),
                render("level", Optional.of("po"), Json.object().put("cause", "6"),
                        List.of(new Change("rank", "panda", "warrior"))));
    }

    @Test
    void easirsLevelUpIsALevelOfItsStateMetric() {
        assertEquals("{\"event\":\"level\",\"actor\":{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"}"
                        + tail("[{\"metric\":{\"id\":\"level\",\"name\":\"level\",\"type\":\"state\"},"
                        + "\"delta\":{\"old\":\"level_0\",\"new\":\"level_8\"}}]"),
                render("new_level", Optional.of("po"), Json.object().set("level", Json.object().put("name", "level_8")),
                        List.of(new Change("level", "level_0", "level_8"))));
    }

    @Test
    void anActionIsTheSeedsPlayerExampleWithItsActor() {
        assertEquals("{\"event\":\"action\",\"action\":{\"id\":\"rescue\",\"name\":\"Rescue\"},\"count\":1,"
                        + "\"actor\":{\"id\":\"tony\",\"alias\":\"Tony\"}"
                        + tail("[{\"metric\":{\"id\":\"fans\",\"name\":\"fan count\",\"type\":\"point\"},"
                        + "\"delta\":{\"old\":\"65000\",\"new\":\"85000\"}}]"),
                render("action", Optional.of("tony"), Json.object().put("count", 1)
                                .set("action", Json.object().put("id", "rescue").put("name", "Rescue")),
                        List.of(new Change("fans", "65000", "85000"))));
    }

    @Test
    void eachTypeOfTheLogAddsWhatItIsAbout() {
        JsonNode campaign = Json.object().put("id", "spring").put("name", "Spring");
        assertEquals("{\"event\":\"campaign_started\",\"actor\":null,\"campaign\":{\"id\":\"spring\",\"name\":\"Spring\"}"
                + tail("[]"), render("campaign_started", Optional.empty(),
                Json.object().put("campaign", "spring").put("name", "Spring"), List.of()));
        ObjectNode completed = Json.object();
        completed.set("campaign", campaign);
        completed.putArray("winners").add(Json.object().put("id", "po").put("alias", "po"))
                .add(Json.object().put("id", "gone").put("alias", "gone"));
        assertEquals("{\"event\":\"campaign_completed\",\"actor\":null,\"campaign\":{\"id\":\"spring\",\"name\":\"Spring\"},"
                + "\"winners\":[{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"},{\"id\":\"gone\",\"alias\":\"gone\"}]"
                + tail("[]"), render("campaign_completed", Optional.empty(), completed, List.of()));
        assertEquals("{\"event\":\"campaign_won\",\"actor\":{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"},"
                + "\"campaign\":{\"id\":\"spring\",\"name\":\"Spring\"}" + tail("[]"),
                render("campaign_won", Optional.of("po"), Json.object().set("campaign", campaign), List.of()));
        assertEquals("{\"event\":\"badge_achieved\",\"actor\":{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"},"
                + "\"badge\":{\"id\":3,\"name\":\"Hundred\"}" + tail("[]"), render("badge_achieved", Optional.of("po"),
                Json.object().set("badge", Json.object().put("id", 3).put("name", "Hundred")), List.of()));
        ObjectNode team = Json.object();
        team.putObject("team").put("id", "navi").put("name", "Navi");
        ObjectNode joined = team.deepCopy();
        joined.putArray("roles").add("member");
        assertEquals("{\"event\":\"join\",\"actor\":{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"},"
                + "\"team\":{\"id\":\"navi\",\"name\":\"Navi\"},\"roles\":[\"member\"]" + tail("[]"),
                render("join", Optional.of("po"), joined, List.of()));
        assertEquals("{\"event\":\"leave\",\"actor\":{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"},"
                + "\"team\":{\"id\":\"navi\",\"name\":\"Navi\"}" + tail("[]"), render("leave", Optional.of("po"), team, List.of()));
        for (String type : List.of("player_created", "player_disabled", "player_enabled", "something_new")) {
            assertEquals("{\"event\":\"" + type + "\",\"actor\":{\"id\":\"stranger\",\"alias\":\"stranger\"}" + tail("[]"),
                    render(type, Optional.of("stranger"), Json.object(), List.of()), "an actor who is no player: their id");
        }
    }
}
