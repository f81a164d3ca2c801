package nl.gedeeldbeeld.resolve.febrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.PairQuality;
import nl.gedeeldbeeld.resolve.Resolution;
import org.junit.jupiter.api.Test;

/** The pipeline on real benchmark data: Febrl dataset1 (1,000 records, 500 true pairs), ids hidden from the matcher. */
class FebrlDedupTest {

    private static Path dataset1() {
        String configured = System.getProperty("gb.shared.data");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../shared/data");
        return dir.resolve("febrl/dataset1.csv").toAbsolutePath().normalize();
    }

    @Test
    void deduplicatesFebrlDataset1WithHighPrecisionAndRecall() {
        Path file = dataset1();
        assumeTrue(Files.isRegularFile(file), "Febrl data not present at " + file);
        FebrlFile febrl = FebrlFile.read(file);
        assertThat(febrl.records()).hasSize(1000);
        assertThat(febrl.records()).as("source ids never reach the matcher").allMatch(r -> r.id().matches("r\\d+"));
        Set<String> truth = febrl.truePairs();
        assertThat(truth).hasSize(500);

        Resolution r = Resolution.run(febrl.records(), BlockingKey.persons(), 500, 0.5);
        Set<String> matched = new HashSet<>();
        r.matches().forEach(m -> matched.add(PairQuality.key(febrl.sourceIds().get(m.left()), febrl.sourceIds().get(m.right()))));
        PairQuality quality = PairQuality.of(matched, truth);

        // Quality floor, not a timing: 0.998 measured on 2026-11-23 (docs/benchmarks.md).
        assertThat(quality.precision()).isGreaterThan(0.98);
        assertThat(quality.recall()).isGreaterThan(0.98);
    }
}
