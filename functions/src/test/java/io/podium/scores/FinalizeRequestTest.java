package io.podium.scores;

import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FinalizeRequestTest {
    private static FinalizeRequest parse(String json) {
        return FinalizeRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsMetricAndDate() {
        assertEquals(new FinalizeRequest("eco", LocalDate.of(2026, 3, 31)), parse("{\"date\":\"2026-03-31\",\"metric\":\"eco\"}"));
    }

    @Test
    void refusesWrongTypesAsInvalidJson() {
        assertEquals("invalid_json", assertThrows(DomainException.class, () -> parse("{\"date\":1,\"metric\":\"eco\"}")).code());
    }

    @Test
    void refusesBadValuesAsValidationFailed() {
        DomainException error = assertThrows(DomainException.class, () -> parse("{\"date\":\"2026-04-31\",\"metric\":\"e c o\"}"));
        assertEquals("validation_failed", error.code());
        assertEquals(2, error.details().size());
    }

    @Test
    void refusesAMissingBody() {
        assertEquals("invalid_json", assertThrows(DomainException.class, () -> FinalizeRequest.parse(new byte[0])).code());
    }
}
