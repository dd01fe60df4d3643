package io.podium.local.boot;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static io.podium.local.boot.OptionValues.value;

/**
 * The options of {@code serve}.
 *
 * @param dynamoDbEndpoint a DynamoDB-compatible endpoint to use instead of Podium's moto launcher, or null
 */
public record ServeOptions(int port, Path dataDir, boolean inMemory, Path template, OptionalInt authorizerCacheTtl,
                           Map<String, String> parameters, URI dynamoDbEndpoint) {

    /** Where serve keeps its data, and where invoke finds it, unless --data-dir says otherwise. */
    static final Path DEFAULT_DATA_DIR = Path.of(".podium");
    static final Path DEFAULT_TEMPLATE = Path.of("template.yaml");

    static ServeOptions parse(List<String> arguments) throws UsageException {
        int port = 3000;
        Path dataDir = DEFAULT_DATA_DIR;
        boolean inMemory = false;
        Path template = DEFAULT_TEMPLATE;
        OptionalInt ttl = OptionalInt.empty();
        Map<String, String> parameters = new LinkedHashMap<>();
        URI dynamoDbEndpoint = null;
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            switch (option) {
                case "--port" -> port = number(option, value(arguments, ++i, option), 0, 65535);
                case "--data-dir" -> dataDir = Path.of(value(arguments, ++i, option));
                case "--in-memory" -> inMemory = true;
                case "--template" -> template = Path.of(value(arguments, ++i, option));
                case "--authorizer-cache-ttl" -> ttl = OptionalInt.of(number(option, value(arguments, ++i, option), 0, 3600));
                case "--param" -> i = OptionValues.parameters(arguments, i, parameters);
                case "--dynamodb-endpoint" -> dynamoDbEndpoint = endpoint(option, value(arguments, ++i, option));
                default -> throw new UsageException("unknown option " + option);
            }
        }
        return new ServeOptions(port, dataDir, inMemory, template, ttl, parameters, dynamoDbEndpoint);
    }

    private static URI endpoint(String option, String text) throws UsageException {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below, like any URL that is not http(s)://host.
        }
        throw new UsageException(option + " must be an http:// or https:// URL, not " + text);
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
}
