package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseCommandTest {
    @TempDir
    Path dir;

    private final GbConsole console = new GbConsole();
    private final StringWriter out = console.out;
    private final StringWriter err = console.err;

    private int gb(String... args) {
        return console.run(args);
    }

    private Path twoTriangles() throws IOException {
        // triangles a,b,c and d,e,f joined by the bridge c-d
        return Files.writeString(dir.resolve("edges.csv"), "source,target\na,b\nb,c\na,c\nc,d\nd,e\ne,f\nd,f\n");
    }

    @Test
    void networkMetricsOfTwoBridgedTrianglesAreWrittenPerNodeWithASummaryOnStandardError() throws IOException {
        Path edges = twoTriangles();
        assertThat(gb("analyse", "network", "--edges", edges.toString(), "--out", dir.resolve("metrics.csv").toString()))
                .as(err::toString).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(lines.get(0)).isEqualTo("node,degree,betweenness,closeness,harmonic_closeness,pagerank,coreness,community,constraint");
        assertThat(lines).hasSize(7);
        // c: degree 3, betweenness 6 (the 2 x 3 pairs across the bridge), distances 1,1,1,2,2 -> closeness 5/7,
        // harmonic (3 + 1/2 + 1/2) / 5 = 0.8, coreness 2, community 0
        String c = lines.get(3);
        assertThat(c).startsWith("c,3,6,0.71428571,0.8,");
        assertThat(c.split(",")[6]).isEqualTo("2");
        assertThat(c.split(",")[7]).isEqualTo("0");
        assertThat(lines.get(6).split(",")[7]).isEqualTo("1");
        assertThat(err.toString()).contains("6 nodes, 7 edges, 1 components (largest 6), 2 communities, modularity 0.3571",
                "exact betweenness");
    }

    @Test
    void aTabSeparatedFileWithoutHeaderIsReadAndSampledBetweennessReportsItsBound() throws IOException {
        Path edges = Files.writeString(dir.resolve("net.tsv"), "1\t2\t3\n2\t3\t1\n3\t4\t1\n");
        assertThat(gb("analyse", "network", "--edges", edges.toString(), "--sample", "2")).as(err::toString).isZero();
        assertThat(out.toString()).startsWith("node,degree,").contains("\n1,1,");
        assertThat(err.toString()).contains("4 nodes, 3 edges", "Hoeffding", "2 of 4 sources");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("issue 13: network and disrupt read a TSV with header and a headerless CSV alike")
    void tsvWithHeaderAndHeaderlessCsvGiveTheSameNetwork() throws IOException {
        Path tsv = Files.writeString(dir.resolve("edges.tsv"), "source\ttarget\na\tb\nb\tc\na\tc\nc\td\nd\te\ne\tf\nd\tf\n");
        Path csv = Files.writeString(dir.resolve("plain.csv"), "a,b\nb,c\na,c\nc,d\nd,e\ne,f\nd,f\n");
        assertThat(gb("analyse", "network", "--edges", tsv.toString())).as(err::toString).isZero();
        String fromTsv = out.toString();
        out.getBuffer().setLength(0);
        assertThat(gb("analyse", "network", "--edges", csv.toString())).as(err::toString).isZero();
        assertThat(out.toString()).isEqualTo(fromTsv).contains("\nc,3,6,0.71428571,0.8,");
        out.getBuffer().setLength(0);
        assertThat(gb("analyse", "disrupt", "--edges", csv.toString(), "--strategy", "betweenness", "--steps", "1",
                "--block", "1")).as(err::toString).isZero();
        assertThat(out.toString()).contains("1,c,3,0.5,2,0.4");
    }

    @Test
    void disruptionCurveOfTheTrianglesByBetweenness() throws IOException {
        Path edges = twoTriangles();
        assertThat(gb("analyse", "disrupt", "--edges", edges.toString(), "--strategy", "betweenness", "--steps", "2", "--block", "1"))
                .as(err::toString).isZero();
        // intact: lcc 6; 7 pairs at distance 1, 4 at 2 (a-d, b-d, c-e, c-f), 4 at 3: efficiency (7 + 2 + 4/3) / 15;
        // then c goes (lcc 3 of 6, efficiency 8/20), then a (recomputed, all zero: lowest number; 6/12)
        assertThat(out.toString().split("\n")).containsExactly("step,removed,lcc,lcc_fraction,components,efficiency",
                "0,,6,1,1,0.68888889", "1,c,3,0.5,2,0.4", "2,a,3,0.5,2,0.5");
        assertThat(err.toString()).contains("removing 2 of 6 nodes by betweenness in blocks of 1 (recomputed after each block)");
    }

    @Test
    void badInputIsOneClearLineAndExitTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "source,target,weight\na,b,1\nc,d,heavy\n");
        assertThat(gb("analyse", "network", "--edges", bad.toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString().strip()).isEqualTo("gb: " + bad + ", line 3: weight 'heavy' is not a number");
        err.getBuffer().setLength(0);
        assertThat(gb("analyse", "disrupt", "--edges", twoTriangles().toString(), "--strategy", "closeness", "--steps", "1"))
                .isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).contains("--strategy must be degree, betweenness, kpp or random, got 'closeness'")
                .doesNotContain("Exception");
        err.getBuffer().setLength(0);
        assertThat(gb("analyse", "network", "--edges", dir.resolve("missing.csv").toString())).isEqualTo(Gb.USER_ERROR);
        assertThat(err.toString()).contains("missing.csv: no such file");
    }
}
