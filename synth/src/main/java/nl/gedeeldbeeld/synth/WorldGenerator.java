package nl.gedeeldbeeld.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Generates a synthetic Dutch world with planted crime and writes each partner's noisy view of it, a
 * manifest for importing those views, and the ground truth to score against.
 *
 * <p>The output depends on nothing but the seed and the size: every stage draws from its own stream derived
 * from the seed, nothing iterates a hash map into the output and no clock is read.
 */
public final class WorldGenerator {

    /**
     * Generates the world and writes it into {@code outDir} (created if needed; files there are overwritten).
     */
    public WorldSummary generate(long seed, WorldSize size, Path outDir, ProgressListener progress)
            throws IOException {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(progress, "progress");
        World world = build(seed, size, progress);
        Files.createDirectories(outDir);
        List<ManifestEntry> files = new ArrayList<>();
        long identityRows;
        try (IdentityLedger ledger = new IdentityLedger(outDir.resolve("ground-truth/identities.csv"))) {
            List<PartnerView> views = List.of(new PoliceView(world), new FiodView(world), new FiuView(world),
                    new GemeenteView(world), new HavenView(world));
            for (PartnerView view : views) {
                files.addAll(view.write(outDir, ledger, progress));
            }
            identityRows = ledger.rows();
        }
        new GroundTruthWriter(world).write(outDir.resolve("ground-truth"));
        writeManifest(outDir.resolve("manifest.json"), size, files);
        progress.progress("klaar", 1, 1);
        return new WorldSummary(seed, size, world.population.size(), world.addresses.size(), world.companies.size(),
                world.accounts.size(), world.vehicles.size(), new BackgroundPayments(world).count()
                + world.cases.stream().mapToLong(c -> c.transfers.size()).sum(), world.networks.size(),
                world.cases.size(), identityRows, files);
    }

    /** Builds the true world in memory without writing anything. */
    World build(long seed, WorldSize size, ProgressListener progress) {
        World world = new World(seed, size, new Catalogue());
        world.addressGenerator = new AddressGenerator(world.catalogue, world.addresses, Seeds.stream(seed, "adressen"));
        new PopulationGenerator(world, Seeds.stream(seed, "personen")).generate(progress);
        new CompanyGenerator(world, Seeds.stream(seed, "bedrijven")).generate(progress);
        AssetGenerator assets = new AssetGenerator(world, Seeds.stream(seed, "bezittingen"));
        assets.accounts(progress);
        assets.vehicles(progress);
        NetworkPlanter networks = new NetworkPlanter(world, Seeds.stream(seed, "netwerken"));
        networks.plant(progress);
        new LaunderingPlanter(world, Seeds.stream(seed, "witwassen"), networks.taken()).plant(progress);
        return world;
    }

    private static void writeManifest(Path file, WorldSize size, List<ManifestEntry> files) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("generator", "gedeeldbeeld-synth");
            g.writeStringField("size", size.name());
            g.writeArrayFieldStart("files");
            for (ManifestEntry e : files) {
                g.writeStartObject();
                g.writeStringField("path", e.path());
                g.writeStringField("format", e.format());
                if (e.mapping().isPresent()) {
                    g.writeStringField("mapping", e.mapping().get());
                }
                g.writeStringField("dataset", e.dataset());
                g.writeStringField("partner", e.partner());
                g.writeStringField("regime", e.regime());
                g.writeStringField("reliability", e.reliability());
                g.writeNumberField("records", e.records());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** {@code WorldGenerator SEED SIZE OUTDIR}: generates and prints counts and the time taken. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WorldGenerator SEED SMALL|MEDIUM|LARGE OUTDIR");
            System.exit(2);
        }
        long started = System.nanoTime(); // timing the run only; the world never sees the clock
        WorldSummary s = new WorldGenerator().generate(Long.parseLong(args[0]),
                WorldSize.valueOf(args[1].toUpperCase(Locale.ROOT)), Path.of(args[2]), new ProgressListener() {
                    private String last = "";

                    @Override
                    public void progress(String stage, long done, long total) {
                        if (!stage.equals(last)) {
                            System.err.println("  " + stage + " ...");
                            last = stage;
                        }
                    }
                });
        System.out.printf(Locale.ROOT, "%s in %.1f s: %d persons, %d addresses, %d companies, %d accounts, "
                        + "%d vehicles, %d payments, %d networks, %d laundering cases, %d identity rows%n",
                s.size(), (System.nanoTime() - started) / 1e9, s.persons(), s.addresses(), s.companies(),
                s.accounts(), s.vehicles(), s.payments(), s.networks(), s.launderingCases(), s.identityRows());
        for (ManifestEntry e : s.files()) {
            System.out.printf(Locale.ROOT, "  %-40s %8d records%n", e.path(), e.records());
        }
    }
}
