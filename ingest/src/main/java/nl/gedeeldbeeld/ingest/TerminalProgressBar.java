package nl.gedeeldbeeld.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for the CLI, redrawn in place with a carriage return on stderr (so stdout stays
 * clean for output that is piped on). Redraws at most every {@code interval}: a bar redrawn per record
 * would cost more than the import.
 */
public final class TerminalProgressBar implements ProgressListener {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private long lastDraw;
    private boolean drawn;
    private int lastLength;

    public TerminalProgressBar(PrintStream out, Duration interval, LongSupplier nanoTime) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * A bar on stderr when a person is watching; otherwise nothing, because in CI logs and redirected
     * output the carriage returns become hundreds of lines of noise.
     */
    public static ProgressListener forConsole() {
        boolean ci = System.getenv("CI") != null;
        if (System.console() == null || ci) {
            return NONE;
        }
        return new TerminalProgressBar(System.err, Duration.ofMillis(200), System::nanoTime);
    }

    @Override
    public void progress(ImportProgress progress) {
        long now = nanoTime.getAsLong();
        if (drawn && now - lastDraw < intervalNanos) {
            return;
        }
        draw(progress);
        lastDraw = now;
    }

    @Override
    public void finished(ImportProgress progress) {
        draw(progress);
        out.print('\n');
        out.flush();
        drawn = false;
        lastLength = 0;
    }

    private void draw(ImportProgress p) {
        String line = render(p);
        // Pad over the remains of a longer previous line (e.g. when the file name got shorter).
        String padding = line.length() < lastLength ? " ".repeat(lastLength - line.length()) : "";
        out.print('\r' + line + padding);
        out.flush();
        lastLength = line.length();
        drawn = true;
    }

    static String render(ImportProgress p) {
        int filled = (int) Math.round(p.fraction() * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String text = String.format(Locale.ROOT, "%s [%s] %3d%%  %s / %s  %,d records", p.file(), bar,
                Math.round(p.fraction() * 100), bytes(p.bytesRead()), bytes(p.totalBytes()), p.records());
        return p.quarantined() > 0 ? text + String.format(Locale.ROOT, ", %,d quarantined", p.quarantined()) : text;
    }

    private static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }
}
