package io.podium.local.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code java -jar podium-local.jar serve} serves from a second JVM, started with the {@link ClassDataArchive}: the
 * archive is a JVM option, and a jar cannot set the options of the JVM that runs it. The JVM the user started waits
 * for the serving one and exits with its status. The two behave as one process:
 * <ul>
 *   <li>output is the serving JVM's own, on the same stdout and stderr;</li>
 *   <li>SIGTERM or Ctrl-C stops the serving JVM the way it would stop one JVM, and waits for it;</li>
 *   <li>if the waiting JVM dies, even by SIGKILL, the serving JVM halts at once, as if killed with it: it reads a pipe
 *       from the waiting JVM, and the operating system closes that pipe when its writer dies.</li>
 * </ul>
 * No archive for this JVM build (a build with {@code -Pquick}, or another JDK), a start other than {@code java -jar},
 * or class data sharing options of the user's own: serve runs in this JVM, as it always could.
 */
final class ServingJvm {
    /** Set on the serving JVM: it halts when its standard input ends. */
    static final String RELAUNCHED = "podium.local.relaunched";

    private static final List<String> USERS_OWN_SHARING = List.of("-Xshare", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive");

    private ServingJvm() {
    }

    /**
     * Runs {@code serve} in a JVM that maps the archive, when there is one for this JVM, and returns its exit status;
     * empty when serve is to run in this JVM.
     */
    static OptionalInt serveInArchivedJvm(List<String> arguments) {
        if (Boolean.getBoolean(RELAUNCHED) || arguments.isEmpty() || !arguments.get(0).equals("serve")) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = ClassDataArchive.runningJar();
        Optional<String[]> ownCommandLine = ProcessHandle.current().info().arguments();
        if (jar.isEmpty() || ownCommandLine.isEmpty()) {
            return OptionalInt.empty();
        }
        ClassDataArchive archive = ClassDataArchive.forThisJvm(jar.get());
        Optional<List<String>> command = command(javaLauncher(), List.of(ownCommandLine.get()), archive, arguments);
        if (command.isEmpty() || !archive.current()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(runAndWait(command.get()));
    }

    /**
     * The serving JVM's command line: this JVM's own options (those before {@code -jar}), the archive, the jar and
     * the arguments; empty when this JVM was not started with {@code -jar} or its options already set class data
     * sharing.
     */
    static Optional<List<String>> command(String java, List<String> ownCommandLine, ClassDataArchive archive,
                                          List<String> arguments) {
        int jarOption = ownCommandLine.indexOf("-jar");
        if (jarOption < 0) {
            return Optional.empty();
        }
        List<String> options = ownCommandLine.subList(0, jarOption);
        if (options.stream().anyMatch(option -> USERS_OWN_SHARING.stream().anyMatch(option::startsWith))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-XX:SharedArchiveFile=" + archive.file());
        // C1 alone: C2 compiles for peak speed, which a local runtime waiting on its DynamoDB engine never reaches,
        // and takes a second of CPU at start to do it. The user's own options come after, and win.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(options);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-jar");
        command.add(archive.jar().toString());
        command.addAll(arguments);
        return Optional.of(command);
    }

    static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts the command with this process's stdout and stderr, and a pipe on its stdin that only closes when this JVM
     * dies; a shutdown of this JVM (SIGTERM, Ctrl-C) stops it and waits for it.
     */
    static Process startTiedToThisJvm(ProcessBuilder builder) throws IOException {
        Process child = builder.redirectInput(ProcessBuilder.Redirect.PIPE).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            terminate(child);
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "podium-local-serving-jvm"));
        return child;
    }

    /**
     * SIGTERM, leaving the pipe open: {@link Process#destroy()} would also close it, which the serving JVM takes for
     * this JVM's death, and it would halt in the middle of its orderly stop (its DynamoDB engine still compacting).
     */
    static void terminate(Process child) {
        child.toHandle().destroy();
    }

    private static int runAndWait(List<String> command) {
        try {
            Process child = startTiedToThisJvm(new ProcessBuilder(command).inheritIO());
            return child.waitFor();
        } catch (IOException e) {
            System.err.println("podium-local: could not start the serving JVM: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** In the serving JVM: halts it as soon as the JVM that started it is gone and its pipe ends. */
    static void haltWhenParentDies() {
        if (!Boolean.getBoolean(RELAUNCHED)) {
            return;
        }
        Thread watcher = new Thread(() -> {
            InputStream pipe = System.in;
            byte[] ignored = new byte[256];
            try {
                while (pipe.read(ignored) >= 0) {
                    // nothing is ever written: the pipe only tells that its writer is alive
                }
            } catch (IOException e) {
                // a broken pipe ends the same way
            }
            Runtime.getRuntime().halt(137);
        }, "podium-local-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
