package nl.gedeeldbeeld.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.synth.ManifestEntry;
import nl.gedeeldbeeld.synth.WorldGenerator;
import nl.gedeeldbeeld.synth.WorldSize;
import nl.gedeeldbeeld.synth.WorldSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Generates a synthetic world: partner files with noise, a manifest and the ground truth. */
@Command(name = "generate", description = "Generate a synthetic world with planted networks, laundering and ground truth.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same world (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", defaultValue = "small", description = "small (~10k persons), medium (~100k) or large (1M+) (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the world into.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        WorldSummary summary = generate(seed, parseSize(size), this.out, out);
        for (ManifestEntry e : summary.files()) {
            out.printf(Locale.ROOT, "  %-45s %,10d records%n", e.path(), e.records());
        }
        out.flush();
        return 0;
    }

    static WorldSummary generate(long seed, WorldSize size, Path dir, PrintWriter out) {
        long started = System.nanoTime();
        try {
            WorldSummary s = new WorldGenerator().generate(seed, size, dir, new StageProgress());
            out.printf(Locale.ROOT, "world %s (seed %d) in %s in %.1f s: %,d persons, %,d companies, %,d accounts, "
                            + "%,d payments, %d networks, %d laundering cases%n",
                    size.name().toLowerCase(Locale.ROOT), seed, dir, (System.nanoTime() - started) / 1e9, s.persons(),
                    s.companies(), s.accounts(), s.payments(), s.networks(), s.launderingCases());
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the world to " + dir, e);
        }
    }

    static WorldSize parseSize(String text) {
        try {
            return WorldSize.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("size '" + text + "' must be small, medium or large");
        }
    }

    /** Prints each stage once on a terminal; silent in CI and pipes. */
    private static final class StageProgress implements nl.gedeeldbeeld.synth.ProgressListener {
        private final boolean console = System.console() != null && System.getenv("CI") == null;
        private String last = "";

        @Override
        public void progress(String stage, long done, long total) {
            if (console && !stage.equals(last)) {
                System.err.println("  " + stage + " …");
                last = stage;
            }
        }
    }
}
