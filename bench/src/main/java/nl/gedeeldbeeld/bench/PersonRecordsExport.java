package nl.gedeeldbeeld.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.PersonRecords;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Writes a world's person records, exactly as {@code resolve-world} hands them to the matcher, to a CSV file
 * with a header row of {@link PersonRecord}'s component names (RFC 4180 quoting): the input the Spark job
 * reads. {@code bench/run spark-resolve} runs this and then the comparison of the single-machine run with the
 * Spark job on the file (nl.gedeeldbeeld.spark.CompareWithSingleMachine, in the spark module: Spark stays off
 * this module's class path).
 *
 * <pre>PersonRecordsExport --world worlds/medium --out persons.csv</pre>
 */
public final class PersonRecordsExport {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
        Path out = Path.of(args.get("out").orElseThrow(() -> new IllegalArgumentException("--out FILE is required")));
        List<PersonRecord> records = records(world);
        write(records, out);
        System.err.printf(Locale.ROOT, "wrote %d person records of %s to %s%n", records.size(), world.getFileName(), out);
    }

    /** The world imported into a fresh store, its Person entities read back as records, in id order. */
    static List<PersonRecord> records(Path world) throws Exception {
        Path data = Files.createTempDirectory("gb-bench-export");
        SchemaRegistry schemas = SchemaRegistry.standard();
        Map<String, EntityView> persons = new HashMap<>();
        Map<String, EntityView> addresses = new HashMap<>();
        try (Storage storage = StoreFactory.open(StoreConfig.embedded(data))) {
            ImportBenchmark.importWorld(storage, world);
            try (Stream<Statement> all = storage.store().streamAll()) {
                List<Statement> current = new ArrayList<>();
                for (Statement s : (Iterable<Statement>) all::iterator) {
                    if (!current.isEmpty() && !current.get(0).entityId().equals(s.entityId())) {
                        collect(current, schemas, persons, addresses);
                        current = new ArrayList<>();
                    }
                    current.add(s);
                }
                collect(current, schemas, persons, addresses);
            }
        } finally {
            TempDirs.delete(data);
        }
        List<PersonRecord> records = new ArrayList<>();
        for (EntityView p : persons.values()) {
            records.add(PersonRecords.of(p, id -> Optional.ofNullable(addresses.get(id))));
        }
        records.sort(Comparator.comparing(PersonRecord::id));
        return records;
    }

    /** One entity's statements: kept when it is a Person or an Address (as {@code resolve-world} reads them). */
    private static void collect(List<Statement> statements, SchemaRegistry schemas, Map<String, EntityView> persons,
                                Map<String, EntityView> addresses) {
        if (statements.isEmpty()) {
            return;
        }
        EntityView.of(statements.get(0).entityId(), statements, schemas).ifPresent(v -> {
            if (v.schema().equals("Person")) {
                persons.put(v.id(), v);
            } else if (v.schema().equals("Address")) {
                addresses.put(v.id(), v);
            }
        });
    }

    static void write(List<PersonRecord> records, Path out) throws IOException {
        RecordComponent[] components = PersonRecord.class.getRecordComponents();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            for (RecordComponent c : components) {
                header.add(c.getName());
            }
            w.write(String.join(",", header));
            w.write('\n');
            for (PersonRecord r : records) {
                List<String> fields = new ArrayList<>(components.length);
                for (RecordComponent c : components) {
                    fields.add(quote((String) c.getAccessor().invoke(r)));
                }
                w.write(String.join(",", fields));
                w.write('\n');
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
