package io.podium.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The targets, each with the measured figure and whether it is met. Never alters a figure. */
final class Targets {
    private Targets() {
    }

    record Target(String key, double measured, String comparison, double limit) {
        boolean met() {
            return comparison.equals("<=") ? measured <= limit : measured >= limit;
        }
    }

    /** @param boardKeys the keys of the boards this run measured ({@code n1000}, …) */
    static Map<String, Object> check(Map<String, Object> results, List<String> boardKeys) {
        List<Target> targets = new ArrayList<>();
        // A run of one scenario alone (--corrections, --activity) measures neither ingest nor reads.
        if (results.containsKey("ingest")) {
            targets.add(new Target("ingest.callsPerBatch", number(results, "ingest.callsPerBatch"), "<=", 1.0));
            targets.add(new Target("ingest.wcuPerScore", number(results, "ingest.wcuPerScore"), "<=", 2.05));
            targets.add(new Target("ingest.httpVsSdkRatio", number(results, "ingest.httpVsSdkRatio"), ">=", 0.8));
            targets.add(new Target("read.maxCallsPerPage", number(results, "read.maxCallsPerPage"), "<=", 2));
        }
        if (results.containsKey(CorrectionsBench.KEY)) {
            targets.add(new Target("corrections.recomputeReadRatio", number(results, "corrections.recomputeReadRatio"), "<=", 1.5));
        }
        if (results.containsKey(ActivityBench.KEY)) {
            // Queries of the log a page of the game's or a player's feed makes (the actors' aliases are reported beside).
            targets.add(new Target("activity.callsPerPage", number(results, "activity.callsPerPage"), "<=", 1));
        }
        // A run of some boards only (--boards) measures neither the players nor a local start.
        if (results.containsKey("players")) {
            targets.add(new Target("players.listCallsPerPage", number(results, "players.listCallsPerPage"), "<=", 1));
            targets.add(new Target("players.searchCallsPerPage", number(results, "players.searchCallsPerPage"), "<=", 1));
            targets.add(new Target("players.profileCalls", number(results, "players.profileCalls"), "<=", 3));
            targets.add(new Target("teams.membersCallsPerPage", number(results, "teams.membersCallsPerPage"), "<=", 1));
            targets.add(new Target("erasure.readsPerItemErased", number(results, "erasure.readsPerItemErased"), "<=", 1.5));
            // A boolean key: 1 when true.
            targets.add(new Target("erasure.boardsEqualOracle", number(results, "erasure.boardsEqualOracle"), ">=", 1));
            targets.add(new Target("rules.callsPerPlayer", number(results, "rules.callsPerPlayer"), "<=", 2));
            targets.add(new Target("revert.callsPerEvent", number(results, "revert.callsPerEvent"), "<=", 3));

        }
        if (results.containsKey(CustomBoardsBench.KEY)) {
            targets.add(new Target("leaderboards.custom.callsPerPage", number(results, "leaderboards.custom.callsPerPage"), "<=", 2));
            targets.add(new Target("leaderboards.custom.callsPerAroundPage",
                    number(results, "leaderboards.custom.callsPerAroundPage"), "<=", 2));
            targets.add(new Target("leaderboards.recomputesPer1000Evaluations",
                    number(results, "leaderboards.recomputesPer1000Evaluations"), "<=", 10));
            targets.add(new Target("teams.boardEqualsOracle", number(results, "teams.boardEqualsOracle"), ">=", 1));
        }
        if (results.containsKey("local")) {
            targets.add(new Target("local.readyMs", number(results, "local.readyMs"), "<=", 5000));
            targets.add(new Target("local.logged" + LocalReadyBench.LOGGED_WRITES + ".readyMs",
                    number(results, "local.logged" + LocalReadyBench.LOGGED_WRITES + ".readyMs"), "<=", 5000));
        }
        for (String tier : boardKeys) {
            targets.add(new Target("recompute." + tier + ".readRatio", number(results, "recompute." + tier + ".readRatio"), "<=", 1.2));
            targets.add(new Target("recompute." + tier + ".writeRatio", number(results, "recompute." + tier + ".writeRatio"), "<=", 1.25));
            // One invocation's budget: well inside Lambda's 15 minutes and 10 GB.
            targets.add(new Target("recompute." + tier + ".incremental.ms", number(results, "recompute." + tier + ".incremental.ms"), "<=", 300_000));
            targets.add(new Target("recompute." + tier + ".peakHeapMb", number(results, "recompute." + tier + ".peakHeapMb"), "<=", 2048));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        for (Target target : targets) {
            json.put(target.key(), Map.of("measured", target.measured(), "target", target.comparison() + " " + target.limit(),
                    "met", target.met()));
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    static double number(Map<String, Object> results, String dottedKey) {
        Object node = results;
        for (String key : dottedKey.split("\\.")) {
            node = ((Map<String, Object>) node).get(key);
            if (node == null) {
                throw new IllegalStateException("no result " + dottedKey);
            }
        }
        return node instanceof Boolean flag ? (flag ? 1 : 0) : ((Number) node).doubleValue();
    }
}
