package io.podium.wiring;

import io.podium.activity.ActivityFeeds;
import io.podium.adapters.apigateway.ApiGatewayCalls;
import io.podium.adapters.apigateway.ApiGatewayUsagePlanKeys;
import io.podium.adapters.dynamodb.ContentionBackoff;
import io.podium.adapters.dynamodb.DynamoDbActivityLog;
import io.podium.adapters.dynamodb.DynamoDbBadgeStore;
import io.podium.adapters.dynamodb.DynamoDbBoardStore;
import io.podium.adapters.dynamodb.DynamoDbCampaignBoards;
import io.podium.adapters.dynamodb.DynamoDbCampaignStore;
import io.podium.adapters.dynamodb.DynamoDbCorrectionStore;
import io.podium.adapters.dynamodb.DynamoDbEventLog;
import io.podium.adapters.dynamodb.DynamoDbGameStore;
import io.podium.adapters.dynamodb.DynamoDbInviteStore;
import io.podium.adapters.dynamodb.DynamoDbLedger;
import io.podium.adapters.dynamodb.DynamoDbFeedNames;
import io.podium.adapters.dynamodb.DynamoDbMetricDefinitionStore;
import io.podium.adapters.dynamodb.DynamoDbMetricStore;
import io.podium.adapters.dynamodb.DynamoDbPlayerStore;
import io.podium.adapters.dynamodb.DynamoDbProfileStore;
import io.podium.adapters.dynamodb.DynamoDbProcessDefinitionStore;
import io.podium.adapters.dynamodb.DynamoDbProcessStore;
import io.podium.adapters.dynamodb.DynamoDbTeamDefinitionStore;
import io.podium.adapters.dynamodb.DynamoDbTeamStore;
import io.podium.adapters.dynamodb.DynamoDbRankStore;
import io.podium.adapters.dynamodb.DynamoDbRuleStore;
import io.podium.adapters.dynamodb.DynamoDbScoreStore;
import io.podium.adapters.dynamodb.DynamoDbSettingsStore;
import io.podium.adapters.dynamodb.DynamoDbStreamStore;
import io.podium.adapters.dynamodb.DynamoDbTokenStore;
import io.podium.adapters.dynamodb.DynamoDbValueStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.adapters.sqs.SqsRecomputeQueue;
import io.podium.badges.BadgeStore;
import io.podium.campaigns.CampaignStore;
import io.podium.config.Env;
import io.podium.engagement.Engagement;
import io.podium.erasure.Erasure;
import io.podium.engagement.Ledger;
import io.podium.events.EventLog;
import io.podium.game.GameService;
import io.podium.invites.InviteStore;
import io.podium.invites.Invitations;
import io.podium.gamemetrics.GameLevels;
import io.podium.gamemetrics.GameMetrics;
import io.podium.jobs.AutoFinalize;
import io.podium.jobs.CampaignStatusTransitions;
import io.podium.jobs.RepairSweep;
import io.podium.leaderboards.BoardRecomputer;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.CampaignBoards;
import io.podium.metrics.MetricStore;
import io.podium.players.PlayerRoster;
import io.podium.players.PlayerService;
import io.podium.players.PlayerStore;
import io.podium.profiles.PlayerProfiles;
import io.podium.recompute.Reevaluation;
import io.podium.rules.ManualChanges;
import io.podium.rules.Reverts;
import io.podium.rules.RuleService;
import io.podium.processes.ProcessDefinitions;
import io.podium.processes.ProcessService;
import io.podium.teams.TeamDefinitions;
import io.podium.teams.TeamService;
import io.podium.teams.TeamStore;
import io.podium.ranks.RankStore;
import io.podium.ranks.TeamRanks;
import io.podium.recompute.RecomputeQueue;
import io.podium.customboards.CustomBoardRecompute;
import io.podium.customboards.CustomBoards;
import io.podium.leaderboards.BoardsTouched;
import io.podium.adapters.sqs.SqsBoardsTouched;
import io.podium.adapters.dynamodb.DynamoDbCustomBoardStore;
import io.podium.adapters.dynamodb.DynamoDbEntityValues;
import io.podium.adapters.dynamodb.DynamoDbPointDays;
import io.podium.scores.CorrectionStore;
import io.podium.scores.Finalizer;
import io.podium.scores.ScoreCorrections;
import io.podium.scores.ScoreBatch;
import io.podium.scores.ScoreStore;
import io.podium.settings.SettingsStore;
import io.podium.stream.StreamStore;
import io.podium.tokens.TokenService;
import io.podium.tokens.UsagePlanKeys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The composition root: the one place that builds adapters and hands them, as ports, to handlers and services.
 * {@link #aws()} is the container's, made once per JVM on the static SDK clients of {@link AwsClients}; each client is
 * created on its first use only, so a function that never sends to SQS never builds an SQS client. Tests make their
 * own on other clients and clocks. Adapters are stateless, so each call may make a new one.
 */
public final class Wiring {
    private static final Wiring AWS = new Wiring(AwsClients::dynamoDb, AwsClients::sqs, Clock.systemUTC());

    private final Supplier<DynamoDbClient> dynamo;
    private final Supplier<SqsClient> sqs;
    private final Clock clock;
    private final AtomicReference<SqsBoardsTouched> touched = new AtomicReference<>();

    public Wiring(Supplier<DynamoDbClient> dynamo, Supplier<SqsClient> sqs, Clock clock) {
        this.dynamo = dynamo;
        this.sqs = sqs;
        this.clock = clock;
    }

    /** The container's wiring, on the tables, queue and clients that template.yaml gives the function. */
    public static Wiring aws() {
        return AWS;
    }

    public Clock clock() {
        return clock;
    }

    public ScoreStore scores() {
        return scoreStore();
    }

    /** SnapStart priming of the score store: builds {@code sample}'s transaction without sending it. */
    public void primeScores(ScoreBatch sample) {
        scoreStore().primeWithoutWriting(sample, Instant.now());
    }

    private DynamoDbScoreStore scoreStore() {
        return new DynamoDbScoreStore(dynamo.get(), Tables.scores(), Tables.metrics(), ContentionBackoff.DEFAULT);
    }

    public CorrectionStore corrections() {
        return new DynamoDbCorrectionStore(dynamo.get(), Tables.corrections(), Tables.scores(), ContentionBackoff.DEFAULT);
    }

    /** Corrections of finalized days, and the recompute they queue. */
    public ScoreCorrections scoreCorrections() {
        return new ScoreCorrections(metrics(), corrections(), queueOnFirstSend(), events(), clock);
    }

    public MetricStore metrics() {
        return new DynamoDbMetricStore(dynamo.get(), Tables.metrics());
    }

    public CampaignStore campaigns() {
        return new DynamoDbCampaignStore(dynamo.get(), Tables.campaigns());
    }

    public BoardStore boards() {
        return new DynamoDbBoardStore(dynamo.get(), Tables.leaderboards());
    }

    public CampaignBoards campaignBoards() {
        return new DynamoDbCampaignBoards(dynamo.get(), Tables.campaigns(), Tables.leaderboards());
    }

    public SettingsStore settings() {
        return new DynamoDbSettingsStore(dynamo.get(), Tables.settings());
    }

    public BadgeStore badges() {
        return new DynamoDbBadgeStore(dynamo.get(), Tables.engagement());
    }

    public RankStore ranks() {
        return new DynamoDbRankStore(dynamo.get(), Tables.engagement(), Tables.game());
    }

    public Ledger ledger() {
        return new DynamoDbLedger(dynamo.get(), Tables.engagement(), Tables.events(), Tables.game());
    }

    public StreamStore stream() {
        return new DynamoDbStreamStore(dynamo.get(), Tables.events());
    }

    public EventLog events() {
        return new DynamoDbEventLog(dynamo.get(), Tables.events());
    }

    public RecomputeQueue recomputeQueue() {
        return new SqsRecomputeQueue(sqs.get(), Env.required("RECOMPUTE_QUEUE_URL"));
    }

    /**
     * Tokens, with their companies' API keys in the tiers' usage plans. The API Gateway side is configured on first
     * use: the authorizer and the listing never touch keys, so they neither need STACK_NAME nor pay for it at cold start.
     */
    public TokenService tokens() {
        return new TokenService(new DynamoDbTokenStore(dynamo.get(), Tables.tokens()), usagePlanKeys(), clock);
    }

    /** The companies' API keys in the tiers' usage plans; the cold-start benchmark's first key goes through it too. */
    public UsagePlanKeys usagePlanKeys() {
        return new ApiGatewayUsagePlanKeys(
                () -> new ApiGatewayCalls(AwsClients.http(), Env.optional("APIGATEWAY_ENDPOINT").map(URI::create)
                        .orElseGet(() -> ApiGatewayCalls.defaultEndpoint(AwsClients.region())),
                        AwsClients.region(), AwsClients.credentials()),
                () -> Env.required("STACK_NAME"));
    }

    public GameService game() {
        return new GameService(new DynamoDbGameStore(dynamo.get(), Tables.game()),
                new DynamoDbTokenStore(dynamo.get(), Tables.tokens()), clock);
    }

    public PlayerStore playerStore() {
        return new DynamoDbPlayerStore(dynamo.get(), Tables.game(), Tables.events(), clock);
    }

    public PlayerService players() {
        return new PlayerService(playerStore(), metrics(),
                new Reevaluation(queueOnFirstSend()), boardsTouched(), clock);
    }

    /** A player's erasure; the repair sweep's too, which finishes one that died. */
    public Erasure erasure() {
        return new Erasure(new Erasure.Stores(playerStore(), teams(), processes(), tokens(),
                metrics(), scores(), corrections(), badges(), ledger(), stream(), inviteStore(),
                new DynamoDbPointDays(dynamo.get(), Tables.game())), new Reevaluation(queueOnFirstSend()),
                boardsTouched(), clock);
    }

    /** Playoff's custom leaderboards: definitions, registrations and pages. */
    public CustomBoards customBoards() {
        return new CustomBoards(customBoardStore(), metricDefinitions(), metrics(), playerStore(), teamStore(), boards(),
                boardsTouched(), clock);
    }

    /** The custom leaderboards' background recompute. */
    public CustomBoardRecompute customBoardRecompute() {
        return new CustomBoardRecompute(customBoardStore(), metricDefinitions(),
                new DynamoDbEntityValues(dynamo.get(), new DynamoDbEntityValues.Sources(Tables.game(), Tables.events(),
                        Tables.leaderboards(), Tables.scores(), Tables.metrics())), boards(), clock);
    }

    private DynamoDbCustomBoardStore customBoardStore() {
        return new DynamoDbCustomBoardStore(dynamo.get(), Tables.game());
    }

    /**
     * The custom leaderboards' notices, one per container: it remembers which it sent, so that a container sends one
     * per company and bucket. Built on the first notice, like the recompute queue.
     */
    public BoardsTouched boardsTouched() {
        return copid -> touched.updateAndGet(built -> built != null ? built
                : new SqsBoardsTouched(sqs.get(), Env.required("CUSTOM_BOARDS_QUEUE_URL"), clock)).touched(copid);
    }

    /** Invitations and join requests; an approval makes the player and its driver token in the same transaction. */
    public Invitations invitations() {
        return new Invitations(inviteStore(), players(), settings(), tokens(), clock);
    }

    private InviteStore inviteStore() {
        return new DynamoDbInviteStore(dynamo.get(), Tables.game(),
                new DynamoDbPlayerStore(dynamo.get(), Tables.game(), Tables.events(), clock),
                new DynamoDbTokenStore(dynamo.get(), Tables.tokens()));
    }

    /** The recompute queue, built on the first send: a function that may send pays nothing for it until it does. */
    private RecomputeQueue queueOnFirstSend() {
        return request -> recomputeQueue().send(request);
    }

    /** The drivers the recompute counts become players; disabled players are left off the shown boards. */
    public PlayerRoster roster() {
        return new PlayerRoster(playerStore(), clock);
    }

    /** Playoff's point, set and state metrics beside the metrics of daily scores. */
    public GameMetrics gameMetrics() {
        return new GameMetrics(metricDefinitions(), metrics(), settings());
    }

    /** Playoff's levels beside EASI'R's, which the company's settings scale. */
    public GameLevels gameLevels() {
        return new GameLevels(metricDefinitions(), gameMetrics());
    }

    /** Playoff's custom rules: defined as data and evaluated on players' values, each with its event. */
    public RuleService rules() {
        return new RuleService(new DynamoDbRuleStore(dynamo.get(), Tables.game()), metricDefinitions(), values(), boardsTouched(), clock);
    }

    /** Undoing a player's rule events. */
    public Reverts reverts() {
        return new Reverts(values(), boardsTouched(), clock);
    }

    /** A player's values changed by hand, or reset. */
    public ManualChanges manualChanges() {
        return new ManualChanges(metricDefinitions(), values(), boardsTouched(), clock);
    }

    private DynamoDbMetricDefinitionStore metricDefinitions() {
        return new DynamoDbMetricDefinitionStore(dynamo.get(), Tables.game());
    }

    /** Players' values, written with the events that change them. */
    private DynamoDbValueStore values() {
        return new DynamoDbValueStore(dynamo.get(), Tables.game(), Tables.events());
    }

    public TeamDefinitions teamDefinitions() {
        return new TeamDefinitions(new DynamoDbTeamDefinitionStore(dynamo.get(), Tables.game()), clock);
    }

    public TeamStore teamStore() {
        return new DynamoDbTeamStore(dynamo.get(), Tables.game(), Tables.events());
    }

    public TeamService teams() {
        return new TeamService(teamStore(),
                new DynamoDbTeamDefinitionStore(dynamo.get(), Tables.game()), players(),
                new TeamRanks(ranks(), new Reevaluation(queueOnFirstSend())), boardsTouched(), clock);
    }

    public ProcessDefinitions processDefinitions() {
        return new ProcessDefinitions(new DynamoDbProcessDefinitionStore(dynamo.get(), Tables.game()), clock);
    }

    /** Playoff's processes, their performers with them, each change with its event. */
    public ProcessService processes() {
        return new ProcessService(new DynamoDbProcessStore(dynamo.get(), Tables.game(), Tables.events()),
                new DynamoDbProcessDefinitionStore(dynamo.get(), Tables.game()), players(), clock);
    }

    /** Playoff's activity feeds of the game, a player and a team, from the event log's feed indexes. */
    public ActivityFeeds activity() {
        return new ActivityFeeds(new DynamoDbActivityLog(dynamo.get(), Tables.events()),
                new DynamoDbFeedNames(dynamo.get(), Tables.game()),
                new ActivityFeeds.Subjects(players(), teams(), processes()));
    }

    /** Playoff's profile: the metrics, then the player, their teams and totals in two reads. */
    public PlayerProfiles profiles() {
        return new PlayerProfiles(metrics(), new DynamoDbProfileStore(dynamo.get(), Tables.game(), Tables.leaderboards()));
    }

    public Finalizer finalizer() {
        return new Finalizer(metrics(), recomputeQueue(), clock);
    }

    /** Boards, then ranks, badges, levels and the stream after them; drivers they count become players. */
    public BoardRecomputer recomputer() {
        return new BoardRecomputer(metrics(), campaigns(), scores(), corrections(), boards(), engagement(), roster());
    }

    /** The boards every metric adds beside its campaigns' (ranks, badge statistics), and what follows them. */
    public Engagement engagement() {
        return new Engagement(badges(), ranks(), teamStore(), ledger(), events(), boards(), campaigns(), metrics(), settings(),
                boardsTouched(), clock);
    }

    public RepairSweep repairSweep() {
        return new RepairSweep(campaigns(), metrics(), boards(), corrections(), recomputeQueue(), erasure(), clock);
    }

    public CampaignStatusTransitions statusTransitions() {
        return new CampaignStatusTransitions(campaigns(), events(), clock);
    }

    public AutoFinalize autoFinalize() {
        MetricStore metrics = metrics();
        return new AutoFinalize(settings(), metrics, new Finalizer(metrics, recomputeQueue(), clock), clock);
    }
}
