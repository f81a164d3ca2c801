package nl.gedeeldbeeld.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.gedeeldbeeld.analytics.graph.Components;
import nl.gedeeldbeeld.analytics.graph.EdgeListReader;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.network.BetweennessCentrality;
import nl.gedeeldbeeld.analytics.network.ClosenessCentrality;
import nl.gedeeldbeeld.analytics.network.DegreeCentrality;
import nl.gedeeldbeeld.analytics.network.HarmonicCentrality;
import nl.gedeeldbeeld.analytics.network.PageRank;
import nl.gedeeldbeeld.analytics.network.SampledBetweenness;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkGraphMetricsTest {
    private final SparkSession spark = LocalSpark.session();

    /**
     * 300 nodes in a few groups: dense-ish clusters joined by a few brokers, a separate small ring, a pair
     * listed twice (in both directions) and a self-loop whose node has no other edge.
     */
    static List<String> edgeLines() {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        lines.add("source,target,weight");
        for (int c = 0; c < 5; c++) {
            for (int i = 0; i < 50; i++) {
                int a = c * 50 + i;
                for (int k = 0; k < 2; k++) {
                    int b = c * 50 + random.nextInt(50);
                    lines.add("n" + a + ",n" + b + "," + (1 + random.nextInt(3)));
                }
            }
            lines.add("n" + (c * 50) + ",n" + ((c + 1) % 5 * 50 + 7) + ",1");
        }
        for (int i = 250; i < 290; i++) {
            lines.add("n" + i + ",n" + (i + 1 < 290 ? i + 1 : 250) + ",1");
        }
        lines.add("n3,n1,1");
        lines.add("n1,n3,2");
        lines.add("loner,loner,1");
        return lines;
    }

    private Dataset<Row> frame(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.add(RowFactory.create(f[0], f[1], Double.parseDouble(f[2])));
        }
        // One partition: the row order is the line order, as for one file read by Spark.
        return spark.createDataFrame(rows, new StructType().add("source", DataTypes.StringType)
                .add("target", DataTypes.StringType).add("weight", DataTypes.DoubleType)).coalesce(1);
    }

    @Test
    void givesTheSingleMachineDegreeBetweennessClosenessPageRankAndComponents() throws Exception {
        List<String> lines = edgeLines();
        Graph single = EdgeListReader.read(new StringReader(String.join("\n", lines)), "edges");

        SparkGraphMetrics metrics = SparkGraphMetrics.run(frame(lines), SparkGraphMetrics.Options.exact().withSlices(5));

        assertThat(metrics.graph()).as("nodes numbered and edges merged as GraphBuilder does")
                .isEqualTo(CompactGraph.of(single));
        assertThat(metrics.degree()).containsExactly(DegreeCentrality.degree(single).scores());
        assertClose(metrics.betweenness(), BetweennessCentrality.of(single).scores());
        assertThat(metrics.closeness()).as("bit for bit").containsExactly(new ClosenessCentrality(single).scores());
        assertThat(metrics.harmonic()).as("bit for bit").containsExactly(new HarmonicCentrality(single).scores());
        PageRank rank = new PageRank(single);
        assertThat(metrics.pageRank()).as("bit for bit").containsExactly(rank.scores());
        assertThat(metrics.pageRankIterations()).isEqualTo(rank.iterations());
        Components components = Components.of(single);
        int[] expected = new int[single.nodeCount()];
        for (int v = 0; v < expected.length; v++) {
            expected[v] = components.component(v);
        }
        assertThat(metrics.components()).containsExactly(expected);
        assertThat(metrics.componentCount()).as("the five joined clusters, the ring, the loner").isEqualTo(3);
    }

    @Test
    void aPathOfThreeHasItsMiddleOnTheOnlyDetour() {
        // a - b - c: b lies on the one shortest path a..c, so betweenness (1, pair counted once) for b, 0 else;
        // closeness a = 2 / (1 + 2) = 2/3, b = 2 / (1 + 1) = 1; harmonic a = (1 + 1/2) / 2 = 0.75, b = 1;
        // PageRank is symmetric in a and c and the three scores sum to 1.
        Dataset<Row> edges = frame(List.of("source,target,weight", "a,b,1", "b,c,1"));

        SparkGraphMetrics m = SparkGraphMetrics.run(edges, SparkGraphMetrics.Options.exact());

        assertThat(m.degree()).containsExactly(1, 2, 1);
        assertThat(m.betweenness()).containsExactly(0, 1, 0);
        assertThat(m.closeness()).containsExactly(new double[] {2.0 / 3, 1, 2.0 / 3}, within(1e-15));
        assertThat(m.harmonic()).containsExactly(new double[] {0.75, 1, 0.75}, within(1e-15));
        double[] rank = m.pageRank();
        assertThat(rank[0]).isEqualTo(rank[2]).isLessThan(rank[1]);
        assertThat(rank[0] + rank[1] + rank[2]).isCloseTo(1, within(1e-12));
        assertThat(m.components()).containsExactly(0, 0, 0);
    }

    @Test
    void theJobReadsACsvEdgeListAndSamplesBetweennessFromTheSingleMachinesSeededSources(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(edgeLines());
        lines.add(1, "# a comment line, skipped as EdgeListReader skips it");
        Path csv = Files.write(dir.resolve("edges.csv"), lines);
        Graph single = EdgeListReader.read(csv);

        SparkGraphMetricsJob.run(spark, JobOptions.parse(new String[] {"--input", csv.toString(),
                "--output", dir.resolve("out").toString(), "--output-format", "csv", "--pivots", "40", "--seed", "5"}, SparkGraphMetricsJob.OPTIONS));

        Dataset<Row> out = spark.read().option("header", "true").option("inferSchema", "true")
                .csv(dir.resolve("out").toString());
        assertThat(out.columns()).containsExactly("node", "degree", "betweenness", "closeness", "harmonic", "pagerank",
                "component");
        Map<String, Double> betweenness = new HashMap<>();
        out.collectAsList().forEach(r -> betweenness.put(r.getString(0), ((Number) r.get(2)).doubleValue()));
        assertThat(betweenness).hasSize(single.nodeCount());
        // The same 40 sources as SampledBetweenness draws, so the same estimate (not the exact betweenness).
        SampledBetweenness expected = new SampledBetweenness(single, 40, 0.1, 5);
        for (int v = 0; v < single.nodeCount(); v++) {
            assertThat(betweenness.get(single.label(v))).as(single.label(v))
                    .isCloseTo(expected.score(v), within(1e-9 * Math.max(1, expected.score(v))));
        }
    }

    @Test
    void refusesAnEdgeWithoutATargetOrWithANegativeWeightSayingWhich() {
        assertThatThrownBy(() -> SparkGraphMetrics.run(frame(List.of("h", "a,b,1", "b,c,-2")),
                SparkGraphMetrics.Options.exact())).isInstanceOf(UserInputException.class)
                .hasMessageContaining("'b' - 'c'").hasMessageContaining("positive");
        Dataset<Row> noTarget = spark.createDataFrame(List.of(RowFactory.create("a", "b")),
                new StructType().add("source", DataTypes.StringType).add("to", DataTypes.StringType));
        assertThatThrownBy(() -> EdgeRows.select(noTarget, "edges.parquet")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("source and target");
    }

    /** Equal up to the order of the additions: 1e-9 relative to the value (absolute below 1). */
    private static void assertClose(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int v = 0; v < expected.length; v++) {
            assertThat(actual[v]).as("node %d", v).isCloseTo(expected[v], within(1e-9 * Math.max(1, Math.abs(expected[v]))));
        }
    }
}
