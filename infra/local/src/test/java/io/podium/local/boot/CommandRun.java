package io.podium.local.boot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** One run of podium-local's command line in this JVM, as the jar runs it: its exit status, stdout and stderr. */
record CommandRun(int status, String stdout, String stderr) {
    /** The project's root, with template.yaml and events/; tests run in infra/local. */
    static final Path PROJECT = Path.of("../..");

    /** Runs the command with {@code stdin} as its standard input; System.in, out and err are restored afterwards. */
    static synchronized CommandRun of(String stdin, String... arguments) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run(List.of(arguments));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
        return new CommandRun(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    static String project(String file) {
        return PROJECT.resolve(file).toString();
    }
}
