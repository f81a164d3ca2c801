package nl.gedeeldbeeld.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.Resolution;
import nl.gedeeldbeeld.resolve.febrl.FebrlFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkResolutionTest {
    private final SparkSession spark = LocalSpark.session();

    /** 200 people, a third of them recorded twice with a typo or a changed field (as in resolve's ResolutionTest). */
    static List<PersonRecord> plantedWorld() {
        Random random = new Random(7);
        String[] given = {"jan", "piet", "kees", "anna", "fatima", "mohamed", "sanne", "daan", "emma", "lucas"};
        String[] surnames = {"jansen", "de vries", "van den berg", "bakker", "visser", "smit", "meijer", "de boer",
                "mulder", "de groot", "bos", "vos", "peters", "hendriks", "van leeuwen", "dekker", "brouwer", "de wit"};
        List<PersonRecord> records = new ArrayList<>();
        for (int p = 0; p < 200; p++) {
            String g = given[random.nextInt(given.length)];
            String s = surnames[random.nextInt(surnames.length)];
            String birth = String.format("%04d%02d%02d", 1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String postcode = (1000 + random.nextInt(9000)) + "ab";
            String number = String.valueOf(1 + random.nextInt(200));
            String id = String.valueOf(100000000 + random.nextInt(899999999));
            records.add(new PersonRecord("p" + p, g, s, birth, number, "kerkstraat", "rotterdam", postcode, id));
            if (p % 3 == 0) {
                String typo = s.length() > 3 ? s.substring(0, 2) + s.charAt(3) + s.charAt(2) + s.substring(4) : s;
                records.add(new PersonRecord("p" + p + "d", g, typo, birth, number, "kerkstraat", "rotterdam", postcode,
                        p % 2 == 0 ? id : ""));
            }
        }
        return records;
    }

    @Test
    void givesTheSamePairsPatternCountsModelAndIdentitiesAsTheSingleMachineRunWhateverTheInputOrder() {
        List<PersonRecord> records = plantedWorld();
        List<PersonRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(3));
        // A small block limit, so that skipping oversized blocks is compared too.
        int maxBlock = 4;

        Resolution single = Resolution.run(inIdOrder(records), BlockingKey.persons(), maxBlock, 0.5);
        try (SparkResolution distributed = SparkResolution.run(PersonRows.of(spark, shuffled).repartition(3), maxBlock, 0.5)) {
            assertSame(single, distributed);
            assertThat(distributed.skippedBlocks().values().stream().mapToInt(Integer::intValue).sum())
                    .as("some blocks were too large").isPositive();
            assertThat(identities(single)).as("the planted duplicates are found").hasSizeGreaterThan(50);
        }
    }

    @Test
    void givesTheSameResultAsTheSingleMachineRunOnFebrlDataset1() {
        Path file = sharedData().resolve("febrl/dataset1.csv");
        assumeTrue(Files.isRegularFile(file), "Febrl data not present at " + file);
        List<PersonRecord> records = FebrlFile.read(file).records();

        Resolution single = Resolution.run(inIdOrder(records), BlockingKey.persons(), 500, 0.5);
        try (SparkResolution distributed = SparkResolution.run(PersonRows.of(spark, records), 500, 0.5)) {
            assertSame(single, distributed);
            assertThat(CompareWithSingleMachine.compare(single, distributed)).as("the benchmark's check agrees")
                    .allSatisfy((part, same) -> assertThat(same).as(part).isTrue());
        }
    }

    @Test
    void readsCsvAndWritesIdentitiesMatchesAndPatterns(@TempDir Path dir) throws Exception {
        List<PersonRecord> records = plantedWorld();
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", PersonRows.COLUMNS) + ",note");
        for (PersonRecord r : records) {
            // Raw values as a partner might deliver them: capitals, spaces, an ignored extra column.
            lines.add(String.join(",", r.id(), r.givenName().toUpperCase(), "\"" + r.surname() + "\"", r.birthDate(),
                    r.streetNumber(), r.street(), r.locality(), r.postcode(), r.identifier(), "\"x, y\""));
        }
        Path csv = Files.write(dir.resolve("persons.csv"), lines);

        SparkResolutionJob.main(new String[] {"--input", csv.toString(), "--output", dir.resolve("out").toString(),
                "--output-format", "csv", "--max-block", "4"});

        Resolution single = Resolution.run(inIdOrder(records), BlockingKey.persons(), 4, 0.5);
        Dataset<Row> identities = spark.read().option("header", "true").csv(dir.resolve("out/identities").toString());
        assertThat(identities.count()).as("every record has an identity").isEqualTo(records.size());
        assertThat(groups(identities.collectAsList())).isEqualTo(identities(single));
        Dataset<Row> matches = spark.read().option("header", "true").csv(dir.resolve("out/matches").toString());
        assertThat(matches.columns()).containsExactly("left_id", "right_id", "probability");
        assertThat(matches.count()).isEqualTo(single.matches().size());
        Dataset<Row> patterns = spark.read().option("header", "true").csv(dir.resolve("out/patterns").toString());
        assertThat(patterns.count()).isEqualTo(single.patternCounts().distinct());
    }

    @Test
    void refusesRecordsWithDuplicateIdsOrMissingColumnsSayingWhich() {
        List<PersonRecord> twice = List.of(new PersonRecord("a", "jan", "bos", "", "", "", "", "", ""),
                new PersonRecord("a", "piet", "bos", "", "", "", "", "", ""));
        assertThatThrownBy(() -> SparkResolution.run(PersonRows.of(spark, twice), 500, 0.5))
                .isInstanceOf(UserInputException.class).hasMessageContaining("'a' occurs 2 times");
        Dataset<Row> noSurname = spark.createDataFrame(List.of(RowFactory.create("a", "jan")),
                new StructType().add("id", DataTypes.StringType).add("givenName", DataTypes.StringType));
        assertThatThrownBy(() -> SparkResolution.run(noSurname, 500, 0.5))
                .isInstanceOf(UserInputException.class).hasMessageContaining("surname");
    }

    @Test
    void labelPropagationJoinsALongChainAndKeepsSeparateComponentsApart() {
        List<Row> edges = new ArrayList<>();
        for (long i = 0; i < 40; i++) {
            edges.add(RowFactory.create(i, i + 1));
        }
        edges.add(RowFactory.create(100L, 101L));
        edges.add(RowFactory.create(101L, 102L));
        edges.add(RowFactory.create(57L, 102L));
        Dataset<Row> matches = spark.createDataFrame(edges,
                new StructType().add("left", DataTypes.LongType).add("right", DataTypes.LongType));

        SparkResolution.Components components = SparkResolution.components(matches);

        Map<Long, Long> label = new HashMap<>();
        components.labels().collectAsList().forEach(r -> label.put(r.getLong(0), r.getLong(1)));
        assertThat(label).hasSize(45);
        assertThat(label.entrySet()).allMatch(e -> e.getValue() == (e.getKey() <= 40 ? 0L : 57L));
        assertThat(components.rounds()).as("pointer jumping halves the chain").isLessThan(12);
    }

    private void assertSame(Resolution single, SparkResolution distributed) {
        assertThat(distributed.pairsPerKey()).isEqualTo(single.candidates().pairsPerKey());
        assertThat(distributed.skippedBlocks()).isEqualTo(single.candidates().skippedBlocks());
        List<PersonRecord> records = single.records();
        Set<String> singlePairs = new HashSet<>();
        for (long p : single.candidates().pairs()) {
            singlePairs.add(records.get((int) (p >>> 32)).id() + "|" + records.get((int) p).id());
        }
        Set<String> sparkPairs = distributed.candidates().collectAsList().stream()
                .map(r -> r.getString(0) + "|" + r.getString(1)).collect(Collectors.toSet());
        assertThat(sparkPairs).as("candidate pairs, oriented alike").hasSize(single.candidates().size()).isEqualTo(singlePairs);
        assertThat(distributed.patternCounts()).as("pattern counts").isEqualTo(single.patternCounts());
        assertThat(distributed.scorer().probabilities()).as("the model, bit for bit").isEqualTo(single.scorer().probabilities());
        Map<String, Double> singleMatches = new HashMap<>();
        single.matches().forEach(m -> singleMatches.put(records.get(m.left()).id() + "|" + records.get(m.right()).id(),
                m.probability()));
        Map<String, Double> sparkMatches = new HashMap<>();
        distributed.matches().collectAsList().forEach(r -> sparkMatches.put(r.getString(0) + "|" + r.getString(1), r.getDouble(2)));
        assertThat(sparkMatches).as("matches with their probabilities").isEqualTo(singleMatches);
        assertThat(groups(distributed.identities().collectAsList())).as("identities").isEqualTo(identities(single));
    }

    private static List<PersonRecord> inIdOrder(List<PersonRecord> records) {
        return records.stream().sorted(Comparator.comparing(PersonRecord::id)).toList();
    }

    /** The single-machine identities as sets of ids. */
    private static Set<Set<String>> identities(Resolution r) {
        return r.identities().stream().map(g -> g.stream().map(i -> r.records().get(i).id())
                .collect(Collectors.toCollection(TreeSet::new))).collect(Collectors.toSet());
    }

    /** (id, identity) rows as the identities of two or more records. */
    private static Set<Set<String>> groups(List<Row> rows) {
        Map<String, Set<String>> byIdentity = new HashMap<>();
        rows.forEach(r -> byIdentity.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(0)));
        assertThat(byIdentity).allSatisfy((identity, members) -> assertThat(members).first().isEqualTo(identity));
        return byIdentity.values().stream().filter(g -> g.size() > 1).collect(Collectors.toSet());
    }

    private static Path sharedData() {
        String configured = System.getProperty("gb.shared.data");
        return (configured != null ? Path.of(configured) : Path.of("../../shared/data")).toAbsolutePath().normalize();
    }
}
