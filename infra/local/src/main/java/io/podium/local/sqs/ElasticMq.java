package io.podium.local.sqs;

import io.podium.local.template.Intrinsics;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

import java.net.URI;

/** ElasticMQ, an SQS-compatible server, in this JVM on a free loopback port. Its queues live in memory only. */
public final class ElasticMq implements AutoCloseable {
    private final SQSRestServer server;
    private final URI endpoint;

    private ElasticMq(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    public static ElasticMq start() {
        // The runtime stops ElasticMQ in its own shutdown hook; Pekko's hook would race it.
        System.setProperty("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off");
        SQSRestServer server = SQSRestServerBuilder.withPort(0)
                .withInterface("127.0.0.1")
                .withAWSRegion(Intrinsics.REGION)
                .withAWSAccountId(Intrinsics.ACCOUNT_ID)
                .start();
        int port = server.waitUntilStarted().localAddress().getPort();
        return new ElasticMq(server, URI.create("http://127.0.0.1:" + port));
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
