package io.podium.local.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether serve moves to a JVM that maps the class data archive, and with which command line. */
class ServingJvmTest {
    private static final ClassDataArchive ARCHIVE = ClassDataArchive.forJvmBuild(Path.of("/p/target/podium-local.jar"),
            "17.0.15+6-Debian-1deb12u1");

    @Test
    void theArchiveIsNamedForTheJvmBuildBesideTheJar() {
        assertEquals(Path.of("/p/target/podium-local-17.0.15_6-Debian-1deb12u1.jsa"), ARCHIVE.file());
    }

    @Test
    void theServingJvmGetsTheArchiveC1TheUsersOwnOptionsAfterThemAndTheSameArguments() {
        List<String> command = ServingJvm.command("/jdk/bin/java",
                List.of("-Xmx2g", "-Dx=y", "-jar", "podium-local.jar", "serve", "--port", "4000"), ARCHIVE,
                List.of("serve", "--port", "4000")).orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-XX:SharedArchiveFile=" + ARCHIVE.file(), "-XX:TieredStopAtLevel=1",
                "-Xmx2g", "-Dx=y", "-D" + ServingJvm.RELAUNCHED + "=true", "-jar", "/p/target/podium-local.jar",
                "serve", "--port", "4000"), command);
    }

    @Test
    void classDataSharingOptionsOfTheUsersOwnKeepServeInTheirJvm() {
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=/mine.jsa", "-XX:ArchiveClassesAtExit=a.jsa",
                "-XX:+AutoCreateSharedArchive")) {
            assertEquals(Optional.empty(), ServingJvm.command("java", List.of(option, "-jar", "podium-local.jar", "serve"),
                    ARCHIVE, List.of("serve")), option);
        }
    }

    @Test
    void aJvmNotStartedWithDashJarKeepsServe() {
        assertEquals(Optional.empty(), ServingJvm.command("java",
                List.of("-cp", "podium-local.jar:lib/*", "io.podium.local.boot.Main", "serve"), ARCHIVE, List.of("serve")));
    }

    @Test
    void otherCommandsAndTheServingJvmItselfRunWhereTheyAre() {
        assertTrue(ServingJvm.serveInArchivedJvm(List.of("invoke", "HealthFunction", "-e", "x.json")).isEmpty());
        assertTrue(ServingJvm.serveInArchivedJvm(List.of()).isEmpty());
        assertTrue(ServingJvm.serveInArchivedJvm(List.of("serve")).isEmpty(),
                "these classes come from a directory, not podium-local.jar, as in an IDE");
    }

    @Test
    void anArchiveIsCurrentOnlyWhenNewerThanTheJarAndEveryJarItsManifestNames(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("podium-local.jar");
        Files.createDirectories(dir.resolve("lib"));
        Path lib = Files.writeString(dir.resolve("lib/a.jar"), "a");
        writeJar(jar, "lib/a.jar");
        ClassDataArchive archive = ClassDataArchive.forJvmBuild(jar, "21");
        assertEquals(List.of(jar, lib), archive.classPath());
        assertFalse(archive.current(), "no archive yet");

        Files.writeString(archive.file(), "archived classes");
        age(jar, 60);
        age(lib, 60);
        assertTrue(archive.current());

        age(lib, -60);
        assertFalse(archive.current(), "a lib/ jar rebuilt after the archive");
        age(lib, 60);
        Files.delete(lib);
        assertFalse(archive.current(), "a jar of the class path is gone");
    }

    private static void writeJar(Path jar, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all the archive's check reads
        }
    }

    /** Moves the file's modification time {@code seconds} into the past (or the future when negative). */
    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }
}
