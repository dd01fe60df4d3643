package io.podium.local.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminTokenBootstrapTest {
    private static final String GENERATED = "generated-token-0123456789abcdef";

    private final List<String> installed = new ArrayList<>();
    private final AdminTokenBootstrap.Installer installer = new AdminTokenBootstrap.Installer() {
        @Override
        public String newToken() {
            return GENERATED;
        }

        @Override
        public void install(String token, String description) {
            installed.add(token + " / " + description);
        }
    };

    @Test
    void aNewTokenIsSavedOwnerOnlyAndReusedByTheNextRun(@TempDir Path dataDir) throws Exception {
        AdminTokenBootstrap.AdminToken first = AdminTokenBootstrap.bootstrap(Optional.empty(), dataDir, installer);
        assertEquals("Admin token: " + GENERATED, first.announcement());
        Path file = dataDir.resolve("admin-token");
        assertEquals(GENERATED, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        AdminTokenBootstrap.AdminToken second = AdminTokenBootstrap.bootstrap(Optional.empty(), dataDir, installer);
        assertEquals(GENERATED, second.token());
        assertEquals("Admin token: see " + file, second.announcement());
        assertEquals(List.of(GENERATED + " / local runtime bootstrap", GENERATED + " / local runtime bootstrap"), installed);
    }

    @Test
    void theEnvironmentWinsAndMustBeLongEnough(@TempDir Path dataDir) throws Exception {
        String fromEnvironment = "x".repeat(AdminTokenBootstrap.MINIMUM_LENGTH);
        AdminTokenBootstrap.AdminToken token = AdminTokenBootstrap.bootstrap(Optional.of(fromEnvironment), dataDir, installer);
        assertEquals(fromEnvironment, token.token());
        assertEquals("Admin token: from PODIUM_ADMIN_TOKEN", token.announcement());
        assertFalse(Files.exists(dataDir.resolve("admin-token")));

        String tooShort = "x".repeat(AdminTokenBootstrap.MINIMUM_LENGTH - 1);
        assertThrows(IllegalStateException.class, () -> AdminTokenBootstrap.bootstrap(Optional.of(tooShort), dataDir, installer));
        assertEquals(1, installed.size());
    }

    @Test
    void inMemoryTheTokenIsNotWrittenAnywhere() throws Exception {
        AdminTokenBootstrap.AdminToken token = AdminTokenBootstrap.bootstrap(Optional.empty(), null, installer);
        assertEquals(GENERATED, token.token());
        assertTrue(token.announcement().endsWith(GENERATED));
    }
}
