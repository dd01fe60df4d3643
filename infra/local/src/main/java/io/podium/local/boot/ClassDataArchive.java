package io.podium.local.boot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class data sharing archive (HotSpot's dynamic AppCDS) of podium-local.jar for one JVM build: the classes that
 * serve loads, parsed and laid out once at build time ({@code mvn package} runs {@code cds-archive}), then mapped by
 * each start instead of being read from some hundred jars and verified again. On 2 cores it takes about 2 of the 5
 * seconds serve needs to be ready.
 *
 * <p>HotSpot maps an archive only into the JVM build that wrote it, on the class path it was written for, and says so
 * in a warning otherwise. So the file is named for the JVM build, and it counts as current only when it is newer than
 * every jar of the class path: a jar rebuilt since makes the start an ordinary one, silently.
 *
 * @param file the archive
 * @param jar podium-local.jar, whose manifest names the rest of the class path
 */
record ClassDataArchive(Path file, Path jar) {

    /** The archive of {@code jar} for the JVM this code runs in, beside the jar. */
    static ClassDataArchive forThisJvm(Path jar) {
        return forJvmBuild(jar, System.getProperty("java.vm.version", "unknown"));
    }

    static ClassDataArchive forJvmBuild(Path jar, String vmVersion) {
        String build = vmVersion.replaceAll("[^A-Za-z0-9._-]", "_");
        return new ClassDataArchive(jar.resolveSibling("podium-local-" + build + ".jsa"), jar);
    }

    /** The absolute path of the jar this class was loaded from, or empty when it was loaded from a directory. */
    static Optional<Path> runningJar() {
        CodeSource source = ClassDataArchive.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the archive exists and was written after every jar of the class path last changed. */
    boolean current() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return false;
            }
            FileTime written = Files.getLastModifiedTime(file);
            for (Path entry : classPath()) {
                if (!Files.exists(entry) || Files.getLastModifiedTime(entry).compareTo(written) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The jar, then each entry of its manifest's Class-Path, resolved against the jar's directory. */
    List<Path> classPath() throws IOException {
        List<Path> entries = new ArrayList<>(List.of(jar));
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                for (String entry : classPath.trim().split("\\s+")) {
                    if (!entry.isEmpty()) {
                        entries.add(jar.resolveSibling(entry));
                    }
                }
            }
        }
        return entries;
    }
}
