package io.podium.local.boot;

import io.podium.api.tokens.AdminTokenInstaller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Gives a local runtime a platform admin token, so that the token administration API can be used at all: the one in
 * PODIUM_ADMIN_TOKEN, else the one saved in the data dir by an earlier run, else a new one (saved unless in memory).
 */
public final class AdminTokenBootstrap {
    static final int MINIMUM_LENGTH = 24;
    private static final String FILE_NAME = "admin-token";

    /** The two operations of {@link AdminTokenInstaller}, apart so that tests need no Tokens table. */
    public interface Installer {
        String newToken();

        void install(String token, String description);
    }

    static final Installer PODIUM = new Installer() {
        @Override
        public String newToken() {
            return AdminTokenInstaller.newToken();
        }

        @Override
        public void install(String token, String description) {
            AdminTokenInstaller.install(token, description);
        }
    };

    /** The token and the line that tells the user where to find it. */
    record AdminToken(String token, String announcement) {
    }

    private AdminTokenBootstrap() {
    }

    /** @param dataDir where the token is kept between runs, or null for an in-memory runtime */
    static AdminToken bootstrap(Optional<String> fromEnvironment, Path dataDir, Installer installer) throws IOException {
        AdminToken adminToken = choose(fromEnvironment, dataDir, installer);
        installer.install(adminToken.token(), "local runtime bootstrap");
        return adminToken;
    }

    private static AdminToken choose(Optional<String> fromEnvironment, Path dataDir, Installer installer) throws IOException {
        if (fromEnvironment.isPresent()) {
            if (fromEnvironment.get().length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("PODIUM_ADMIN_TOKEN must be at least " + MINIMUM_LENGTH + " characters long");
            }
            return new AdminToken(fromEnvironment.get(), "Admin token: from PODIUM_ADMIN_TOKEN");
        }
        Path file = dataDir == null ? null : dataDir.resolve(FILE_NAME);
        if (file != null && Files.exists(file)) {
            String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (saved.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException(file + " does not hold a token; delete it to have a new one made");
            }
            return new AdminToken(saved, "Admin token: see " + file);
        }
        String token = installer.newToken();
        if (file != null) {
            save(file, token);
        }
        return new AdminToken(token, "Admin token: " + token);
    }

    private static void save(Path file, String token) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    }
}
