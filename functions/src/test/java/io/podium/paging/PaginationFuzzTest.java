package io.podium.paging;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any ?page=&per_page=: the numbers given (or the defaults), in range, with an offset that does not overflow. */
class PaginationFuzzTest {
    @FuzzTest
    void of(byte[] query) {
        QueryParameters parameters = new QueryParameters(new String(query, StandardCharsets.UTF_8));
        Optional<String> page = parameters.get("page");
        Optional<String> perPage = parameters.get("per_page");
        ParsedOrRefused.of(() -> Pagination.of(page, perPage)).ifPresent(pagination -> {
            assertEquals(page.map(Integer::parseInt).orElse(1), pagination.page());
            assertEquals(perPage.map(Integer::parseInt).orElse(Pagination.DEFAULT_PER_PAGE), pagination.perPage());
            assertTrue(pagination.page() >= 1 && pagination.perPage() >= 1 && pagination.perPage() <= Pagination.MAX_PER_PAGE,
                    pagination::toString);
            assertEquals((long) (pagination.page() - 1) * pagination.perPage(), pagination.offset(), pagination::toString);
        });
    }
}
