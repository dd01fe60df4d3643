package io.podium.local.boot;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The options of {@code serve}. */
public record ServeOptions(int port, Path dataDir, boolean inMemory, Path template, OptionalInt authorizerCacheTtl,
                           Map<String, String> parameters) {

    static ServeOptions parse(List<String> arguments) throws UsageException {
        int port = 3000;
        Path dataDir = Path.of(".podium");
        boolean inMemory = false;
        Path template = Path.of("template.yaml");
        OptionalInt ttl = OptionalInt.empty();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            switch (option) {
                case "--port" -> port = number(option, value(arguments, ++i, option), 0, 65535);
                case "--data-dir" -> dataDir = Path.of(value(arguments, ++i, option));
                case "--in-memory" -> inMemory = true;
                case "--template" -> template = Path.of(value(arguments, ++i, option));
                case "--authorizer-cache-ttl" -> ttl = OptionalInt.of(number(option, value(arguments, ++i, option), 0, 3600));
                case "--param" -> {
                    // Both "--param A=1 --param B=2" and "--param A=1 B=2".
                    parameter(parameters, value(arguments, ++i, option));
                    while (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                        parameter(parameters, arguments.get(++i));
                    }
                }
                default -> throw new UsageException("unknown option " + option);
            }
        }
        return new ServeOptions(port, dataDir, inMemory, template, ttl, parameters);
    }

    private static String value(List<String> arguments, int index, String option) throws UsageException {
        if (index >= arguments.size()) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(index);
    }

    private static int number(String option, String text, int min, int max) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, like an out-of-range number.
        }
        throw new UsageException(option + " must be a number from " + min + " to " + max + ", not " + text);
    }

    private static void parameter(Map<String, String> parameters, String assignment) throws UsageException {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new UsageException("--param takes Key=Value, not " + assignment);
        }
        parameters.put(assignment.substring(0, equals), assignment.substring(equals + 1));
    }
}
