package nl.gedeeldbeeld.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressBarTest {

    @Test
    void itRendersFileBarPercentageBytesAndRecords() {
        String line = TerminalProgressBar.render(new ImportProgress("a.json", 512 * 1024, 1024 * 1024, 12_345, 2));

        assertThat(line).isEqualTo("a.json [###############...............]  50%  512.0 KB / 1.0 MB  12,345 records, 2 quarantined");
    }

    @Test
    void itRedrawsInPlaceAtMostOncePerIntervalAndEndsWithANewline() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        TerminalProgressBar bar = new TerminalProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Duration.ofMillis(200), now::get);

        bar.progress(new ImportProgress("a", 1, 10, 1, 0));
        now.addAndGet(Duration.ofMillis(50).toNanos());
        bar.progress(new ImportProgress("a", 2, 10, 2, 0));
        now.addAndGet(Duration.ofMillis(200).toNanos());
        bar.progress(new ImportProgress("a", 3, 10, 3, 0));
        bar.finished(new ImportProgress("a", 10, 10, 10, 0));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.chars().filter(c -> c == '\r')).hasSize(3);
        assertThat(out).doesNotContain("2 records").contains("3 records").endsWith("10 records\n");
    }
}
