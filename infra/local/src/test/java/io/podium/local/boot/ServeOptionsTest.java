package io.podium.local.boot;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ServeOptionsTest {

    @Test
    void defaults() throws UsageException {
        assertEquals(new ServeOptions(3000, Path.of(".podium"), false, Path.of("template.yaml"), OptionalInt.empty(), Map.of(), null),
                ServeOptions.parse(List.of()));
    }

    @Test
    void everyOption() throws UsageException {
        ServeOptions options = ServeOptions.parse(List.of("--port", "8080", "--data-dir", "/tmp/p", "--in-memory",
                "--template", "t.yaml", "--authorizer-cache-ttl", "2", "--param", "A=1", "B=x=y", "--param", "C=",
                "--dynamodb-endpoint", "http://localhost:8000"));
        assertEquals(new ServeOptions(8080, Path.of("/tmp/p"), true, Path.of("t.yaml"), OptionalInt.of(2),
                Map.of("A", "1", "B", "x=y", "C", ""), URI.create("http://localhost:8000")), options);
    }

    @Test
    void mistakesAreUsageErrors() {
        for (List<String> arguments : List.of(List.of("--port"), List.of("--port", "http"), List.of("--port", "70000"),
                List.of("--param", "novalue"), List.of("--verbose"), List.of("--authorizer-cache-ttl", "-1"),
                List.of("--dynamodb-endpoint", "localhost:8000"), List.of("--dynamodb-endpoint", "ftp://h/"))) {
            assertThrows(UsageException.class, () -> ServeOptions.parse(arguments), arguments.toString());
        }
    }
}
