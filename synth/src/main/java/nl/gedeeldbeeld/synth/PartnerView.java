package nl.gedeeldbeeld.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One partner's noisy, partial view of the world, written as its own files. */
interface PartnerView {
    /** @return the files written, for the manifest */
    List<ManifestEntry> write(Path outDir, IdentityLedger ledger, ProgressListener progress) throws IOException;
}
