package io.podium.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * NOTICE lists every third-party component of the local runtime (podium-local.jar and the jars Maven copies
 * into lib/), with the version and licence that license-maven-plugin found (its list, written in
 * generate-test-resources, is target/generated-sources/license/THIRD-PARTY.txt), and nothing it no longer
 * bundles. The jars in lib/ are copied unmodified and keep their own NOTICE files. docs/deploying.md,
 * "Third-party licences", says how to bring NOTICE up to date when this fails.
 */
class NoticeTest {
    private static final Path NOTICE = Path.of("..", "..", "NOTICE");
    private static final Path THIRD_PARTY = Path.of("target", "generated-sources", "license", "THIRD-PARTY.txt");
    private static final String SECTION = "Bundled in infra/local/target/podium-local.jar";
    private static final Pattern ENTRY = Pattern.compile("^  (\\S+) (\\S+) (\\S.*)$");

    @Test
    void noticeListsWhatTheLocalRuntimeBundles() throws IOException {
        assertTrue(Files.exists(THIRD_PARTY), THIRD_PARTY + " is missing: license-maven-plugin writes it in"
                + " generate-test-resources (docs/deploying.md, \"Third-party licences\")");
        Set<String> expected = entries(Files.readAllLines(THIRD_PARTY));

        List<String> lines = Files.readAllLines(NOTICE);
        int title = -1;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            if (lines.get(i).startsWith(SECTION)) {
                title = i;
            }
        }
        if (title < 0) {
            fail("NOTICE has no section '" + SECTION + "'");
        }
        // The entries are the lines under the title rule, up to the first line that is not one (notes follow).
        int start = title + 2;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        int end = start;
        while (end < lines.size() && ENTRY.matcher(lines.get(end)).matches()) {
            end++;
        }
        Set<String> inNotice = entries(lines.subList(start, end));

        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(inNotice);
        Set<String> stale = new TreeSet<>(inNotice);
        stale.removeAll(expected);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("NOTICE is out of date with " + THIRD_PARTY + " (see docs/deploying.md, \"Third-party licences\")"
                    + "\n missing from NOTICE:\n" + (missing.isEmpty() ? "  (none)" : String.join("\n", missing))
                    + "\n in NOTICE but not bundled:\n" + (stale.isEmpty() ? "  (none)" : String.join("\n", stale)));
        }
    }

    private static Set<String> entries(List<String> lines) {
        Set<String> entries = new TreeSet<>();
        lines.stream().filter(l -> ENTRY.matcher(l).matches()).forEach(entries::add);
        return entries;
    }
}
