package io.podium.local.boot;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.podium.local.boot.OptionValues.value;

/**
 * The options of {@code invoke}, named as {@code sam local invoke} names them.
 *
 * @param eventFile the event's JSON file, or {@link #STDIN}
 */
record InvokeOptions(String logicalId, Path eventFile, Path dataDir, Path template, Map<String, String> parameters) {
    /** {@code -e -}: the event comes on stdin. */
    static final Path STDIN = Path.of("-");

    static InvokeOptions parse(List<String> arguments) throws UsageException {
        String logicalId = null;
        Path eventFile = null;
        Path dataDir = ServeOptions.DEFAULT_DATA_DIR;
        Path template = ServeOptions.DEFAULT_TEMPLATE;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "-e", "--event" -> eventFile = Path.of(value(arguments, ++i, argument));
                case "--data-dir" -> dataDir = Path.of(value(arguments, ++i, argument));
                case "--template" -> template = Path.of(value(arguments, ++i, argument));
                case "--param" -> i = OptionValues.parameters(arguments, i, parameters);
                default -> {
                    if (argument.startsWith("-")) {
                        throw new UsageException("unknown option " + argument);
                    }
                    if (logicalId != null) {
                        throw new UsageException("invoke runs one function, not " + logicalId + " and " + argument);
                    }
                    logicalId = argument;
                }
            }
        }
        if (logicalId == null) {
            throw new UsageException("invoke needs the logical id of a function of the template");
        }
        if (eventFile == null) {
            throw new UsageException("invoke needs -e EVENT_FILE, or -e - to read the event from stdin");
        }
        return new InvokeOptions(logicalId, eventFile, dataDir, template, parameters);
    }
}
