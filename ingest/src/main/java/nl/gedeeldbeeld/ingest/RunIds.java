package nl.gedeeldbeeld.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Derives an import run's id from what determines its outcome: the dataset, the file's bytes and, for
 * CSV/TSV, the mapping's bytes. Importing the same bytes again finds the same run (a no-op, or a resume);
 * a corrected mapping reads the file anew instead of being taken for "already imported".
 */
final class RunIds {
    private RunIds() {
    }

    static String of(String dataset, String fileSha256, Optional<String> mappingSha256) {
        String basis = dataset + "\n" + fileSha256 + mappingSha256.map(m -> "\n" + m).orElse("");
        return "run-" + FileFingerprint.sha256(basis.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }
}
