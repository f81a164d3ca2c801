package nl.gedeeldbeeld.app.browser;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.gedeeldbeeld.app.cli.Gb;

/**
 * The world {@code gb demo --seed 7} builds, for tests that run the application over it: {@code data/} (store,
 * index and {@code audit/}, the audit log the application continues) and {@code world/} (the generated files).
 * Generating and importing it is the slow part, so it happens once per test JVM; every application context gets
 * its own copy, because two contexts cannot hold one H2 file and one Lucene index open at the same time.
 */
public final class DemoWorld {
    private static Path template;

    private DemoWorld() {
    }

    /** A fresh copy of the demo world in a new temporary directory named after {@code prefix}. */
    public static Path freshCopy(String prefix) {
        try {
            Path source = template();
            Path copy = Files.createTempDirectory(prefix);
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    Path target = copy.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("gb-demo-world");
            StringWriter out = new StringWriter();
            var cli = Gb.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(out, true));
            int code = cli.execute("demo", "--no-serve", "--seed", "7", "--store", dir.resolve("data").toString(),
                    "--world", dir.resolve("world").toString());
            if (code != 0) {
                throw new IllegalStateException("gb demo failed (" + code + "): " + out);
            }
            template = dir;
        }
        return template;
    }
}
