package io.podium.local.boot;

import io.podium.local.lambda.FunctionEnvironment;
import io.podium.local.lambda.FunctionFailure;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.support.LocalJson;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateParameters;
import io.podium.local.template.TemplateResource;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code invoke}: runs one function of the template once with an event, as {@code sam local invoke} does, without
 * Docker. It uses the tables and queues of the runtime serving the data dir; when none does, it starts the DynamoDB
 * engine and ElasticMQ on the data dir itself, with the template's tables and queues, for as long as the invocation lasts.
 * Stdout gets the function's result and nothing else, so that it can be piped; the logs go to stderr.
 */
final class InvokeCommand {
    private InvokeCommand() {
    }

    /** Returns the exit status: 0 when the function returned, 1 when it threw. */
    static int run(InvokeOptions options, InputStream stdin, PrintStream stdout) throws Exception {
        // Mistakes in the command are reported before anything starts.
        Template template = Template.load(options.template());
        Map<String, String> parameters = TemplateParameters.values(template, options.parameters());
        TemplateResource function = template.function(options.logicalId());
        byte[] event = InvokeEvent.read(options.eventFile(), stdin);

        // What the function (or a service starting) prints is a log line, not the result.
        System.setOut(System.err);
        try {
            Optional<DataDirLock> freeDataDir = DataDirLock.tryAcquire(options.dataDir());
            if (freeDataDir.isEmpty()) {
                LocalEndpoints endpoints = EndpointsFile.read(options.dataDir()).orElseThrow(() -> new IllegalStateException(
                        "data dir " + options.dataDir() + " is in use by a podium-local process that publishes no"
                                + " endpoints (an invoke, or a serve still starting); try again when it is done"));
                System.err.println("podium-local: invoking " + options.logicalId() + " with the tables and queues of the"
                        + " runtime serving " + options.dataDir());
                return invoke(function, event, new Intrinsics(template, parameters, endpoints.sqs().toString()), endpoints,
                        stdout);
            }
            try (LocalServices services = LocalServices.start(template, parameters, freeDataDir.get(), null)) {
                System.err.println("podium-local: invoking " + options.logicalId() + " with DynamoDB and ElasticMQ"
                        + " on " + options.dataDir());
                return invoke(function, event, services.intrinsics(), services.endpoints(), stdout);
            }
        } finally {
            System.setOut(stdout);
        }
    }

    /** Configures the function as Lambda would, with its own environment only, and prints what it returns or throws. */
    private static int invoke(TemplateResource resource, byte[] event, Intrinsics intrinsics, LocalEndpoints endpoints,
                              PrintStream stdout) throws Exception {
        FunctionSpec spec = FunctionSpec.of(resource, intrinsics);
        Map<String, String> properties = new LinkedHashMap<>(FunctionEnvironment.merge(List.of(spec), intrinsics));
        properties.putAll(endpoints.functionProperties());
        properties.forEach(System::setProperty);
        LambdaFunction function = new LambdaFunction(spec, InvokeCommand.class.getClassLoader());
        try {
            print(stdout, function.invoke(event));
            return 0;
        } catch (FunctionFailure failure) {
            print(stdout, LocalJson.MAPPER.writeValueAsBytes(failure.error()));
            return 1;
        }
    }

    private static void print(PrintStream stdout, byte[] json) {
        stdout.write(json, 0, json.length);
        stdout.println();
        stdout.flush();
    }
}
