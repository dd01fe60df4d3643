package io.podium.bench;

import java.util.List;
import java.util.Map;

/** The human-readable table of a run. */
final class Report {
    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> results, List<String> boardKeys) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nPodium benchmark (%s mode, %s cores, Java %s); times are same-run ratios or medians%n",
                results.get("mode"), ((Map<String, Object>) results.get("machine")).get("cores"),
                ((Map<String, Object>) results.get("machine")).get("java")));
        out.append(String.format("%-40s %14s %10s %6s%n", "key", "measured", "target", "met"));
        Map<String, Map<String, Object>> targets = (Map<String, Map<String, Object>>) results.get("targets");
        targets.forEach((key, target) -> out.append(String.format("%-40s %14s %10s %6s%n", key, target.get("measured"),
                target.get("target"), (Boolean) target.get("met") ? "yes" : "NO")));
        // A run of some boards only (--boards) measures no cold start.
        if (results.containsKey("coldStart")) {
            out.append(String.format("%-40s %14s%n", "coldStart.handlerMs (median)", Targets.number(results, "coldStart.handlerMs")));
            out.append(String.format("%-40s %14s%n", "coldStart.trivialMs (median)", Targets.number(results, "coldStart.trivialMs")));
            out.append(String.format("%-40s %14s%n", "coldStart.ratio", Targets.number(results, "coldStart.ratio")));
            out.append(String.format("%-40s %14s%n", "coldStart.classesLoaded", Targets.number(results, "coldStart.classesLoaded")));
            out.append(String.format("%-40s %14s%n", "coldStart.primedFirstInvokeMs", Targets.number(results, "coldStart.primedFirstInvokeMs")));
            out.append(String.format("%-40s %14s%n", "coldStart.firstKey.ms (median)", Targets.number(results, "coldStart.firstKey.ms")));
            out.append(String.format("%-40s %14s%n", "coldStart.firstKey.ratio", Targets.number(results, "coldStart.firstKey.ratio")));
        }
        if (results.containsKey(ActivityBench.KEY)) {
            out.append(String.format("%-40s %14s%n", "activity.events / loadSeconds", Targets.number(results, "activity.events")
                    + " / " + Targets.number(results, "activity.loadSeconds")));
            out.append(String.format("%-40s %14s%n", "activity.aliasCallsPerPage", Targets.number(results, "activity.aliasCallsPerPage")));
            out.append(String.format("%-40s %14s%n", "activity.team.calls (members)", Targets.number(results, "activity.team.calls")
                    + " (" + Targets.number(results, "activity.team.members") + ")"));
        }
        for (String tier : boardKeys) {
            String key = "recompute." + tier;
            out.append(String.format("%-40s %14s%n", key + ".msPerDriver", Targets.number(results, key + ".msPerDriver")));
            out.append(String.format("%-40s %14s%n", key + ".c1Only.msPerDriver", Targets.number(results, key + ".c1Only.msPerDriver")));
            out.append(String.format("%-40s %14s%n", key + ".incremental.boards/followers.ms",
                    Targets.number(results, key + ".incremental.boards.ms") + " / " + Targets.number(results, key + ".incremental.followers.ms")));
            out.append(String.format("%-40s %14s%n", key + ".peakHeapMb / heapUsedPeakMb", Targets.number(results, key + ".peakHeapMb")
                    + " / " + Targets.number(results, key + ".heapUsedPeakMb")));
            out.append(String.format("%-40s %14s%n", key + ".incremental.rcu/wcu", Targets.number(results, key + ".incremental.rcu")
                    + " / " + Targets.number(results, key + ".incremental.wcu")));
            out.append(String.format("%-40s %14s%n", "read." + tier + ".topPage.rcu", Targets.number(results, "read." + tier + ".topPage.rcu")));
            out.append(String.format("%-40s %14s%n", "read." + tier + ".aroundMe.rcu", Targets.number(results, "read." + tier + ".aroundMe.rcu")));
        }
        return out.toString();
    }
}
