package nl.gedeeldbeeld.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.analytics.view.TransactionViewBuilder;
import nl.gedeeldbeeld.ingest.Importer;
import nl.gedeeldbeeld.ingest.ProgressListener;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;

/**
 * A synthetic world's FIOD payments as the product maps them: the FIOD file imported into a store and its
 * {@code Payment} and {@code BankAccount} entities handed to {@link TransactionViewBuilder}, the builder the
 * API and CLI use. The FIOD file holds every planted transfer and every ordinary payment touching an
 * account under investigation; the FIU file only the reported ones, so patterns there are incomplete.
 */
final class FiodPayments {
    /** The FIOD partner's dataset in the world's manifest. */
    static final String DATASET = "fiod-onderzoek";

    private FiodPayments() {
    }

    /** Imports only the world's FtM file (FIOD's) into a temporary store and reads its payments back. */
    static TransactionViewBuilder.TransactionView read(Path world) throws Exception {
        Path data = Files.createTempDirectory("gb-bench-payments");
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            Importer importer = new Importer(storage.importTarget());
            for (var request : ImportBenchmark.ftmRequests(world)) {
                importer.importAll(request, ProgressListener.NONE);
            }
            TransactionViewBuilder builder = builder();
            StoredEntities.forEach(storage.store(), SchemaRegistry.standard(), v -> addIfFiod(builder, v));
            return builder.build();
        } finally {
            TempDirs.delete(data);
        }
    }

    static TransactionViewBuilder builder() {
        return new TransactionViewBuilder(Optional.empty(), Optional.empty());
    }

    /** Adds the view when it is one of FIOD's payments or bank accounts; other partners' are left out. */
    static void addIfFiod(TransactionViewBuilder builder, EntityView v) {
        if ((v.schema().equals("Payment") || v.schema().equals("BankAccount")) && fromFiod(v)) {
            builder.add(v);
        }
    }

    private static boolean fromFiod(EntityView v) {
        for (List<Statement> statements : v.properties().values()) {
            for (Statement s : statements) {
                if (s.provenance().dataset().equals(DATASET)) {
                    return true;
                }
            }
        }
        return false;
    }
}
