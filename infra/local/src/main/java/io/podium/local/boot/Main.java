package io.podium.local.boot;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The command line of podium-local.jar. */
public final class Main {
    private static final String USAGE = """
            Usage:
              java -jar podium-local.jar serve [--port 3000] [--data-dir .podium] [--in-memory]
                  [--template template.yaml] [--authorizer-cache-ttl SECONDS] [--param Key=Value ...]
                  [--dynamodb-endpoint URL]
                Serves template.yaml on http://127.0.0.1:PORT as API Gateway would, running its functions in this
                JVM, with DynamoDB (moto behind Podium's launcher, a python3 child process; data kept in
                DATA-DIR/dynamodb unless --in-memory) and ElasticMQ for SQS (queues in memory). --dynamodb-endpoint
                uses that DynamoDB-compatible endpoint instead (DynamoDB Local, LocalStack, DynamoDB itself).
                --authorizer-cache-ttl overrides the ReauthorizeEvery of authorizers with identity sources (Podium's has
                none: use --param AuthorizerCacheSeconds=N); --param overrides a template
                parameter. IAM policies of the template are not enforced locally.
                The admin token comes from PODIUM_ADMIN_TOKEN, else DATA-DIR/admin-token, else is made and saved there.

              java -jar podium-local.jar invoke LOGICAL_ID -e EVENT_FILE [--data-dir .podium] [--template template.yaml]
                  [--param Key=Value ...]
                Runs the function LOGICAL_ID of template.yaml once with the event in EVENT_FILE (-e - reads it from
                stdin), as sam local invoke does but without Docker. Prints what the function returns on stdout, as one
                JSON document; its logs go to stderr. An exception it throws is printed as Lambda reports it,
                {"errorMessage":...,"errorType":...,"stackTrace":[...]}, and the exit status is 1. It uses the tables
                and queues of the serve running on DATA-DIR, else starts DynamoDB and ElasticMQ on DATA-DIR
                itself, creating the template's tables and queues as serve does.

              java -jar podium-local.jar admin-token --table TOKENS_TABLE [--region REGION]
                Creates a platform admin token in the Tokens table of a deployed stack, with the AWS credentials of
                the default chain, and prints it once.

              java -jar podium-local.jar cds-archive [--template template.yaml]
                Writes the class data sharing archive of this jar for this JVM (podium-local-<JVM build>.jsa beside
                it), from a serve that starts in memory and answers two requests. mvn package runs it. serve then runs
                in a second JVM that maps the archive and compiles with C1 only (-XX:TieredStopAtLevel=1; JVM options
                you give come after, and win), and is ready in about half the time. Without a current archive for
                the JVM, or with -Xshare options of your own, serve runs in the JVM you started.

              java -jar podium-local.jar --help
            """;

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        OptionalInt served = ServingJvm.serveInArchivedJvm(arguments);
        if (served.isPresent()) {
            System.exit(served.getAsInt());
        }
        int status = run(arguments);
        // serve returns with the runtime serving on its own threads until SIGTERM; every other command is finished,
        // and must not wait for threads a function may have left behind.
        boolean serving = status == 0 && !arguments.isEmpty() && arguments.get(0).equals("serve");
        if (!serving) {
            System.exit(status);
        }
    }

    /** Runs a command line and returns the exit status, so that tests can run commands in their JVM. */
    static int run(List<String> arguments) {
        if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(USAGE);
            return 0;
        }
        try {
            List<String> options = arguments.subList(1, arguments.size());
            return switch (arguments.get(0)) {
                case "serve" -> {
                    serve(ServeOptions.parse(options));
                    yield 0;
                }
                case "invoke" -> InvokeCommand.run(InvokeOptions.parse(options), System.in, System.out);
                case "cds-archive" -> ArchiveCommand.run(options);
                case "admin-token" -> {
                    System.out.println(AdminTokenCommand.parse(options).run());
                    yield 0;
                }
                default -> throw new UsageException("unknown command " + arguments.get(0));
            };
        } catch (UsageException e) {
            System.err.println("podium-local: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        } catch (Exception e) {
            System.err.println("podium-local: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }

    private static void serve(ServeOptions options) throws Exception {
        ServingJvm.haltWhenParentDies();
        LocalRuntime runtime = LocalRuntime.start(options, Optional.ofNullable(System.getenv("PODIUM_ADMIN_TOKEN")),
                AdminTokenBootstrap.PODIUM);
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "podium-local-shutdown"));
        System.err.println("podium-local: DynamoDB on " + runtime.dynamoDbEndpoint() + ", ElasticMQ (SQS) on "
                + runtime.sqsEndpoint());
        runtime.adminToken().ifPresent(token -> System.out.println(token.announcement()));
        System.out.println("Podium local runtime listening on http://127.0.0.1:" + runtime.port());
    }
}
