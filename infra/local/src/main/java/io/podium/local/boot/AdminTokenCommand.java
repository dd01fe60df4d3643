package io.podium.local.boot;

import io.podium.api.tokens.AdminTokenInstaller;

import java.util.List;

/**
 * {@code admin-token}: creates a platform admin token in the Tokens table of a deployed stack, using the AWS credentials
 * of the default chain, and prints it. The token is shown this once; only its hash is stored.
 */
record AdminTokenCommand(String table, String region) {

    static AdminTokenCommand parse(List<String> arguments) throws UsageException {
        String table = null;
        String region = null;
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            if (i + 1 >= arguments.size()) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unexpected " + option);
            }
            switch (option) {
                case "--table" -> table = arguments.get(++i);
                case "--region" -> region = arguments.get(++i);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (table == null) {
            throw new UsageException("admin-token needs --table TOKENS_TABLE (the TokensTableName output of the stack)");
        }
        if (region == null) {
            region = System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : System.getenv("AWS_DEFAULT_REGION");
        }
        if (region == null) {
            throw new UsageException("admin-token needs --region, or AWS_REGION in the environment");
        }
        return new AdminTokenCommand(table, region);
    }

    /** Configures the functions' code as Lambda would and lets it write the token; returns the token. */
    String run() {
        System.setProperty("TOKENS_TABLE", table);
        System.setProperty("AWS_REGION", region);
        System.setProperty("aws.region", region);
        String token = AdminTokenInstaller.newToken();
        AdminTokenInstaller.install(token, "platform admin");
        return token;
    }
}
