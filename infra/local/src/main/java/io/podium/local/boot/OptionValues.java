package io.podium.local.boot;

import java.util.List;
import java.util.Map;

/** What the options of serve and invoke have in common: an option's value, and --param's assignments. */
final class OptionValues {
    private OptionValues() {
    }

    static String value(List<String> arguments, int index, String option) throws UsageException {
        if (index >= arguments.size()) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(index);
    }

    /**
     * Reads the assignments of the --param at {@code index}: both "--param A=1 --param B=2" and "--param A=1 B=2".
     * Returns the index of the last argument read.
     */
    static int parameters(List<String> arguments, int index, Map<String, String> parameters) throws UsageException {
        int last = index + 1;
        parameter(parameters, value(arguments, last, "--param"));
        while (last + 1 < arguments.size() && !arguments.get(last + 1).startsWith("-")) {
            parameter(parameters, arguments.get(++last));
        }
        return last;
    }

    private static void parameter(Map<String, String> parameters, String assignment) throws UsageException {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new UsageException("--param takes Key=Value, not " + assignment);
        }
        parameters.put(assignment.substring(0, equals), assignment.substring(equals + 1));
    }
}
