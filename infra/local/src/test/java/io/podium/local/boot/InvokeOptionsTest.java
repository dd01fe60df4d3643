package io.podium.local.boot;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InvokeOptionsTest {

    @Test
    void theDataDirAndTemplateDefaultToServes() throws UsageException {
        assertEquals(new InvokeOptions("HealthFunction", Path.of("events/health.json"), Path.of(".podium"),
                Path.of("template.yaml"), Map.of()), InvokeOptions.parse(List.of("HealthFunction", "-e", "events/health.json")));
    }

    @Test
    void everyOptionInAnyOrder() throws UsageException {
        InvokeOptions options = InvokeOptions.parse(List.of("--data-dir", "/tmp/p", "--param", "A=1", "B=2",
                "-e", "-", "HealthFunction", "--template", "t.yaml"));
        assertEquals(new InvokeOptions("HealthFunction", InvokeOptions.STDIN, Path.of("/tmp/p"), Path.of("t.yaml"),
                Map.of("A", "1", "B", "2")), options);
        assertEquals(Path.of("e.json"), InvokeOptions.parse(List.of("F", "--event", "e.json")).eventFile());
    }

    @Test
    void mistakesAreUsageErrors() {
        for (List<String> arguments : List.<List<String>>of(List.of(), List.of("-e", "e.json"), List.of("F"), List.of("F", "-e"),
                List.of("F", "G", "-e", "e.json"), List.of("F", "-e", "e.json", "--port", "1"),
                List.of("F", "-e", "e.json", "--param", "novalue"))) {
            assertThrows(UsageException.class, () -> InvokeOptions.parse(arguments), arguments.toString());
        }
    }
}
