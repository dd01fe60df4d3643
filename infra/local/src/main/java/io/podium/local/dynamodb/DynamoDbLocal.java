package io.podium.local.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** DynamoDB Local in this JVM, on a free port, storing its sqlite file in the data dir or keeping it in memory. */
public final class DynamoDbLocal implements AutoCloseable {
    /** Another process may take the port between our probe and DynamoDB Local's bind; that is worth a few retries. */
    private static final int ATTEMPTS = 3;

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private DynamoDbLocal(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /** @param databaseDirectory where the sqlite file lives, or null to keep everything in memory */
    public static DynamoDbLocal start(Path databaseDirectory) throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // DynamoDB Local refuses -port 0, so the port is picked here.
            int port = freePort();
            List<String> arguments = new ArrayList<>(List.of("-port", String.valueOf(port), "-disableTelemetry", "-sharedDb"));
            if (databaseDirectory == null) {
                arguments.add("-inMemory");
            } else {
                arguments.addAll(List.of("-dbPath", databaseDirectory.toString()));
            }
            PrintStream stdout = System.out;
            // DynamoDB Local prints a configuration banner on stdout, where the runtime's own lines belong.
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(arguments.toArray(String[]::new));
                try {
                    server.start();
                    return new DynamoDbLocal(server, port);
                } catch (Exception e) {
                    last = e;
                    server.stop();
                }
            } finally {
                System.setOut(stdout);
            }
        }
        throw last;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
