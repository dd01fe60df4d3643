package io.podium.adapters.dynamodb;

import io.podium.config.Env;

/** Physical table names, given to each function by template.yaml. */
public final class Tables {
    private Tables() {
    }

    public static String tokens() {
        return Env.required("TOKENS_TABLE");
    }

    public static String metrics() {
        return Env.required("METRICS_TABLE");
    }

    public static String scores() {
        return Env.required("SCORES_TABLE");
    }

    public static String campaigns() {
        return Env.required("CAMPAIGNS_TABLE");
    }

    public static String leaderboards() {
        return Env.required("LEADERBOARDS_TABLE");
    }

    public static String settings() {
        return Env.required("SETTINGS_TABLE");
    }

    public static String events() {
        return Env.required("EVENTS_TABLE");
    }

    public static String engagement() {
        return Env.required("ENGAGEMENT_TABLE");
    }

    public static String corrections() {
        return Env.required("CORRECTIONS_TABLE");
    }

    public static String game() {
        return Env.required("GAME_TABLE");
    }
}
