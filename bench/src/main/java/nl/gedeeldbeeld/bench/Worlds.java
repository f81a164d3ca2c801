package nl.gedeeldbeeld.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gedeeldbeeld.synth.ProgressListener;
import nl.gedeeldbeeld.synth.WorldGenerator;
import nl.gedeeldbeeld.synth.WorldSize;

/** Finds a benchmark world on disk, generating it (seed 1 unless told) the first time. */
final class Worlds {
    private Worlds() {
    }

    static Path ensure(Path dir, WorldSize size) throws IOException {
        return ensure(dir, size, 1);
    }

    /** As {@link #ensure(Path, WorldSize)}, generating with the given seed: figures on data not tuned on. */
    static Path ensure(Path dir, WorldSize size, long seed) throws IOException {
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            System.err.println("generating the " + size.name().toLowerCase() + " world (seed " + seed + ") into " + dir + " …");
            new WorldGenerator().generate(seed, size, dir, ProgressListener.NONE);
        }
        return dir;
    }
}
