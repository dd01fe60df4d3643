package io.podium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * NOTICE tells the truth about podium-functions.zip: it lists every third-party component the jar bundles,
 * with the version and licence that license-maven-plugin found (its list, written in generate-test-resources,
 * is target/generated-sources/license/THIRD-PARTY.txt), and nothing the jar no longer bundles; it lists the
 * npm packages the Hub's bundle is built from; and, since the shaded jar carries Podium's LICENSE and NOTICE in
 * place of its components' (functions/pom.xml), it reproduces each of their NOTICE files and every licence file
 * that is not the Apache License 2.0. docs/deploying.md, "Third-party licences", says how to
 * bring NOTICE up to date when this fails.
 */
class NoticeTest {
    private static final Path NOTICE = Path.of("..", "NOTICE");
    private static final Path THIRD_PARTY = Path.of("target", "generated-sources", "license", "THIRD-PARTY.txt");
    private static final Path HUB = Path.of("..", "hub");
    private static final String JAR_SECTION = "Bundled in functions/target/podium-functions.zip";
    private static final String HUB_SECTION = "The Hub's JavaScript";
    /** The OSI licences the root pom's license-maven-plugin allows, for the Hub's npm packages. */
    private static final Set<String> ALLOWED_NPM_LICENCES = Set.of(
            "Apache-2.0", "MIT", "MIT-0", "ISC", "0BSD", "BSD-2-Clause", "BSD-3-Clause");
    private static final String APACHE_2 = "Apache License Version 2.0, January 2004";
    private static final Pattern ENTRY = Pattern.compile("^  (\\S+) (\\S+) (\\S.*)$");

    @Test
    void noticeListsWhatTheLambdaJarBundles() throws IOException {
        assertSameEntries(section(JAR_SECTION), thirdPartyList(), THIRD_PARTY.toString());
    }

    @Test
    void noticeListsTheNpmPackagesOfTheHubsBundle() throws IOException {
        JsonNode packages = new ObjectMapper().readTree(HUB.resolve("package-lock.json").toFile()).get("packages");
        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : packages.properties()) {
            JsonNode p = e.getValue();
            if (e.getKey().isEmpty() || p.path("dev").asBoolean() || p.path("devOptional").asBoolean()) {
                continue;
            }
            String name = e.getKey().substring(e.getKey().lastIndexOf("node_modules/") + "node_modules/".length());
            String version = p.path("version").asText();
            String licence = p.path("license").asText("");
            assertTrue(ALLOWED_NPM_LICENCES.contains(licence),
                    name + " " + version + ": licence '" + licence + "' is not one of " + ALLOWED_NPM_LICENCES);
            Path installed = HUB.resolve(e.getKey()).resolve("package.json");
            if (Files.exists(installed)) {
                JsonNode manifest = new ObjectMapper().readTree(installed.toFile());
                assertEquals(version + " " + licence,
                        manifest.path("version").asText() + " " + manifest.path("license").asText(),
                        installed + " disagrees with hub/package-lock.json (run npm ci in hub/)");
            }
            expected.add("  " + name + " " + version + " " + licence);
        }
        assertFalse(expected.isEmpty(), "hub/package-lock.json names no production package");
        assertSameEntries(section(HUB_SECTION), expected, "hub/package-lock.json (packages that are not dev)");
    }

    @Test
    void noticeReproducesTheNoticeAndLicenceFilesTheShadedJarLeavesOut() throws IOException {
        String notice = normalized(Files.readString(NOTICE));
        List<String> classpath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        for (String line : thirdPartyList()) {
            Matcher m = ENTRY.matcher(line);
            assertTrue(m.matches(), line);
            String[] ga = m.group(1).split(":");
            String version = m.group(2);
            String suffix = String.join(File.separator, ga[0].replace('.', File.separatorChar), ga[1], version,
                    ga[1] + "-" + version + ".jar");
            String jar = classpath.stream().filter(p -> p.endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new AssertionError(m.group(1) + " " + version + " is not on the classpath"));
            try (ZipFile zip = new ZipFile(jar)) {
                for (ZipEntry entry : zip.stream().toList()) {
                    if (!entry.getName().matches("META-INF/(NOTICE|LICENSE)(\\.txt|\\.md)?")) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        String text = normalized(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        if (entry.getName().startsWith("META-INF/LICENSE") && text.startsWith(APACHE_2)) {
                            continue;  // the jar's META-INF/LICENSE is Podium's own LICENSE
                        }
                        assertTrue(notice.contains(text), "NOTICE does not reproduce " + entry.getName() + " of "
                                + m.group(1) + " " + version + ", which the shaded jar leaves out"
                                + " (a NOTICE: Apache-2.0 section 4(d); a licence other than Apache-2.0: its text)");
                    }
                }
            }
        }
    }

    /**
     * The entries ("  name version licence") of the NOTICE section whose title starts with {@code title}: the
     * lines under its title rule, up to the first line that is not an entry (the section's notes follow).
     */
    static List<String> section(String title) throws IOException {
        List<String> lines = Files.readAllLines(NOTICE);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(title)) {
                start = i + 2;  // past the title and the rule under it
                break;
            }
        }
        if (start < 0) {
            fail("NOTICE has no section '" + title + "'");
        }
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        List<String> entries = new ArrayList<>();
        for (int i = start; i < lines.size() && ENTRY.matcher(lines.get(i)).matches(); i++) {
            entries.add(lines.get(i));
        }
        return entries;
    }

    static List<String> thirdPartyList() throws IOException {
        assertTrue(Files.exists(THIRD_PARTY), THIRD_PARTY + " is missing: license-maven-plugin writes it in"
                + " generate-test-resources (docs/deploying.md, \"Third-party licences\")");
        return Files.readAllLines(THIRD_PARTY).stream().filter(l -> ENTRY.matcher(l).matches()).toList();
    }

    static void assertSameEntries(List<String> inNotice, List<String> expected, String source) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(inNotice);
        Set<String> stale = new TreeSet<>(inNotice);
        stale.removeAll(expected);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("NOTICE is out of date with " + source + " (see docs/deploying.md, \"Third-party licences\")"
                    + "\n missing from NOTICE:\n" + (missing.isEmpty() ? "  (none)" : String.join("\n", missing))
                    + "\n in NOTICE but not bundled:\n" + (stale.isEmpty() ? "  (none)" : String.join("\n", stale)));
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
