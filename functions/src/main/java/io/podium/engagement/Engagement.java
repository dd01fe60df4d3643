package io.podium.engagement;

import io.podium.leaderboards.BoardsTouched;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.badges.Badge;
import io.podium.badges.BadgeRule;
import io.podium.badges.BadgeStore;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStore;
import io.podium.events.CompanyEvent;
import io.podium.events.EventLog;
import io.podium.json.Json;
import io.podium.leaderboards.BoardExclusions;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardSpec;
import io.podium.leaderboards.HiddenDrivers;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.MetricFollowers;
import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.Scoring;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.ranks.Rank;
import io.podium.ranks.RankStore;
import io.podium.settings.SettingsStore;
import io.podium.teams.TeamStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything engagement computes from a metric's finalized days, after its boards: the boards of ranks and of the
 * statistics badges need (in the same pass over the days), then ratio ranks, campaign events, badges and levels.
 * Every step reads what is stored and writes conditionally, so a redelivered or repeated run changes nothing.
 */
public final class Engagement implements MetricFollowers {
    private final BadgeStore badges;
    private final RankStore ranks;
    private final TeamStore teams;
    private final Ledger ledger;
    private final EventLog events;
    private final BoardStore boards;
    private final CampaignStore campaigns;
    private final Levels levels;
    private final RatioRanks ratios;
    private final BoardsTouched customBoards;
    private final Clock clock;

    public Engagement(BadgeStore badges, RankStore ranks, TeamStore teams, Ledger ledger, EventLog events, BoardStore boards,
                      CampaignStore campaigns, MetricStore metrics, SettingsStore settings, BoardsTouched customBoards,
                      Clock clock) {
        this.badges = badges;
        this.ranks = ranks;
        this.teams = teams;
        this.ledger = ledger;
        this.events = events;
        this.boards = boards;
        this.campaigns = campaigns;
        this.levels = new Levels(settings, metrics, boards, badges, ledger, clock);
        this.ratios = new RatioRanks(boards);
        this.customBoards = customBoards;
        this.clock = clock;
    }

    @Override
    public List<BoardSpec> boards(String copid, Metric metric) {
        Map<String, BoardSpec> specs = new LinkedHashMap<>();
        BoardSpec total = StatBoards.total(copid, metric);
        specs.put(total.boardId(), total);
        for (Badge badge : badges.list(copid)) {
            statNeededBy(copid, metric, badge.rule()).ifPresent(stat -> specs.putIfAbsent(stat.boardId(), stat));
        }
        for (Rank rank : ranks.list(copid)) {
            if (rank.definition().metric().equals(metric.name())) {
                rank.definition().rule().aggregation().ifPresent(aggregation -> specs.put(rank.boardId(),
                        BoardSpec.ranking(copid, rank.boardId(), rank.definition().boardDefinition(), metric.historyStart(),
                                new Scoring(aggregation), members(rank))));
            }
        }
        return List.copyOf(specs.values());
    }

    /** The members of the team a rank is limited to, as they are now: a change of them rebuilds its board. */
    private Optional<Set<String>> members(Rank rank) {
        return rank.definition().team().map(team -> teams.memberIds(rank.copid(), team.teamId()));
    }

    private static Optional<BoardSpec> statNeededBy(String copid, Metric metric, BadgeRule rule) {
        if (rule instanceof BadgeRule.DailyScoreAtLeast daily && daily.metric().equals(metric.name())) {
            return Optional.of(StatBoards.bestDay(copid, metric));
        }
        if (rule instanceof BadgeRule.Streak streak && streak.metric().equals(metric.name())) {
            return Optional.of(StatBoards.streak(copid, metric, streak.threshold()));
        }
        return Optional.empty();
    }

    @Override
    public void afterBoards(String copid, Metric metric, LocalDate cutOff, BoardExclusions excluded) {
        HiddenDrivers hidden = excluded.shown();
        // Erasing when the boards were computed: what the boards still say of them is going, and nothing is theirs.
        HiddenDrivers erasing = excluded.statistics();
        for (Rank rank : ranks.list(copid)) {
            if (rank.definition().denominatorMetric().isPresent() && rank.definition().uses(metric.name())) {
                ratios.refresh(rank, members(rank).map(hidden::among).orElse(hidden));
            }
        }
        List<Campaign> completed = campaigns.onMetric(copid, metric.name()).stream()
                .filter(campaign -> !cutOff.isBefore(campaign.endDate())).toList();
        Map<String, List<RankedEntry>> campaignBoards = new HashMap<>();
        for (Campaign campaign : completed) {
            current(copid, campaign.id(), campaign.boardDefinition()).ifPresent(entries -> {
                campaignBoards.put(campaign.id(), entries);
                announceCompletion(campaign, entries);
            });
        }
        List<Badge> defined = badges.list(copid);
        Map<Long, Set<String>> awards = ledger.awards(copid);
        for (Badge badge : defined) {
            Set<String> held = awards.computeIfAbsent(badge.id(), id -> new HashSet<>());
            List<String> newcomers = achievers(copid, metric.name(), badge.rule(), campaignBoards).stream()
                    .filter(userxtid -> !held.contains(userxtid) && !erasing.hides(userxtid)).sorted().toList();
            held.addAll(ledger.awardAll(copid, badge, newcomers, erasing.erasures(), clock.instant()));
        }
        levels.raise(copid, defined, awards, erasing);
        // A metric's totals moved: the custom leaderboards ranking by them follow.
        customBoards.touched(copid);
    }

    private Set<String> achievers(String copid, String metric, BadgeRule rule, Map<String, List<RankedEntry>> campaignBoards) {
        if (rule instanceof BadgeRule.DailyScoreAtLeast daily && daily.metric().equals(metric)) {
            return drivers(copid, StatBoards.bestDayId(metric), StatBoards.BEST_DAY_DEFINITION,
                    entry -> entry.standing().accumulated() >= daily.threshold());
        }
        if (rule instanceof BadgeRule.TotalAtLeast total && total.metric().equals(metric)) {
            return drivers(copid, StatBoards.totalId(metric), StatBoards.TOTAL_DEFINITION,
                    entry -> entry.standing().accumulated() >= total.threshold());
        }
        if (rule instanceof BadgeRule.Streak streak && streak.metric().equals(metric)) {
            return drivers(copid, StatBoards.streakId(metric, streak.threshold()), StatBoards.streakDefinition(streak.threshold()),
                    entry -> entry.standing().accumulated() >= streak.days());
        }
        if (rule instanceof BadgeRule.CampaignWinner winner) {
            return onCampaigns(campaignBoards, winner.campaign(), entry -> entry.rank() == 1);
        }
        if (rule instanceof BadgeRule.CampaignTop top) {
            return onCampaigns(campaignBoards, top.campaign(), entry -> entry.rank() <= top.n());
        }
        return Set.of();
    }

    private Set<String> drivers(String copid, String boardId, String definition, Predicate<RankedEntry> qualifies) {
        Set<String> drivers = new HashSet<>();
        current(copid, boardId, definition).ifPresent(entries -> entries.stream().filter(qualifies)
                .forEach(entry -> drivers.add(entry.userxtid())));
        return drivers;
    }

    private static Set<String> onCampaigns(Map<String, List<RankedEntry>> campaignBoards, Optional<String> campaign,
                                           Predicate<RankedEntry> qualifies) {
        Set<String> drivers = new HashSet<>();
        campaignBoards.forEach((id, entries) -> {
            if (campaign.isEmpty() || campaign.get().equals(id)) {
                entries.stream().filter(qualifies).forEach(entry -> drivers.add(entry.userxtid()));
            }
        });
        return drivers;
    }

    private void announceCompletion(Campaign campaign, List<RankedEntry> entries) {
        List<String> winners = entries.stream().filter(entry -> entry.rank() == 1).map(RankedEntry::userxtid).toList();
        ObjectNode completed = Json.object();
        completed.set("campaign", campaignJson(campaign));
        ArrayNode winnerList = completed.putArray("winners");
        winners.forEach(winner -> winnerList.add(EngagementJson.user(winner)));
        events.append(CompanyEvent.social(campaign.copid(), "campaign_completed#" + campaign.id(), "campaign_completed",
                Optional.empty(), clock.instant(), completed, List.of()));
        for (String winner : winners) {
            ObjectNode won = Json.object();
            won.set("campaign", campaignJson(campaign));
            events.append(CompanyEvent.social(campaign.copid(), "campaign_won#" + campaign.id() + "#" + winner, "campaign_won",
                    Optional.of(winner), clock.instant(), won, List.of()));
        }
    }

    private static ObjectNode campaignJson(Campaign campaign) {
        return Json.object().put("id", campaign.id()).put("name", campaign.name());
    }

    /** The board's entries if it is computed for this definition. */
    private Optional<List<RankedEntry>> current(String copid, String boardId, String definition) {
        Optional<BoardHead> head = boards.head(copid, boardId).filter(h -> h.definition().equals(definition));
        return head.map(h -> boards.entries(copid, boardId, h));
    }
}
