package io.podium.local.lambda;

import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.TemplateException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The environment variables of all functions, merged into one set of system properties. All functions share one JVM
 * and the process environment cannot be changed, so a variable that two functions set differently is a startup error.
 */
public final class FunctionEnvironment {
    /** It configures each function's own JVM on Lambda; in the one shared local JVM it means nothing. */
    private static final Set<String> IGNORED = Set.of("JAVA_TOOL_OPTIONS");

    private FunctionEnvironment() {
    }

    public static Map<String, String> merge(List<FunctionSpec> functions, Intrinsics intrinsics) {
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, String> setBy = new LinkedHashMap<>();
        for (FunctionSpec function : functions) {
            function.environment().forEach((name, raw) -> {
                if (IGNORED.contains(name)) {
                    return;
                }
                String value = intrinsics.text(raw, function.logicalId() + ".Environment.Variables." + name);
                if (value == null) {
                    return;
                }
                String previous = merged.putIfAbsent(name, value);
                if (previous != null && !previous.equals(value)) {
                    throw new TemplateException("environment variable " + name + " is " + previous + " in "
                            + setBy.get(name) + " but " + value + " in " + function.logicalId()
                            + "; the local runtime runs every function in one JVM, so they must agree");
                }
                setBy.putIfAbsent(name, function.logicalId());
            });
        }
        return merged;
    }

    /** Functions that declare the variable, for features that only make sense when some function uses them. */
    public static boolean declared(List<FunctionSpec> functions, String name) {
        return functions.stream().anyMatch(function -> function.environment().containsKey(name));
    }
}
