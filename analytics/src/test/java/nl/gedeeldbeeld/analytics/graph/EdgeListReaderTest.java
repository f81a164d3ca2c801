package nl.gedeeldbeeld.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EdgeListReaderTest {

    private static Graph read(String text) throws IOException {
        return EdgeListReader.read(new StringReader(text), "edges.csv");
    }

    @Test
    void aCsvWithHeaderAndWeightsIsRead() throws IOException {
        Graph g = read("source,target,weight\n\"Jan\",Piet,2\nPiet,Klaas,1.5\n# comment\n\nKlaas,Jan,1\n");
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.weightBetween(g.node("Jan").getAsInt(), g.node("Piet").getAsInt())).isEqualTo(2);
    }

    @Test
    void aWhitespaceSeparatedListWithoutHeaderSumsPairsListedInBothDirections() throws IOException {
        Graph g = read("0\t1\t1\n1 0 2\n1\t2\n");
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.weightBetween(0, 1)).isEqualTo(3);
        assertThat(g.weightBetween(1, 2)).isEqualTo(1);
    }

    @Test
    @DisplayName("issue 13: a tab-separated list with a header, names with spaces")
    void aTsvWithHeaderIsRead() throws IOException {
        Graph g = read("source\ttarget\tweight\nJan de Vries\tPiet Bakker\t2\nPiet Bakker\t\"Klaas\"\t1.5\n");
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.weightBetween(g.node("Jan de Vries").getAsInt(), g.node("Piet Bakker").getAsInt())).isEqualTo(2);
        Graph twoColumns = read("Source\tTarget\na\tb\n");
        assertThat(twoColumns.nodeCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("issue 13: comma- and tab-separated lists without a header start with their first edge")
    void headerlessCsvAndTsvAreRead() throws IOException {
        Graph csv = read("Jan,Piet,2\nPiet,Klaas\n\"Klaas\",Jan,1\n");
        assertThat(csv.nodeCount()).isEqualTo(3);
        assertThat(csv.edgeCount()).isEqualTo(3);
        assertThat(csv.weightBetween(csv.node("Jan").getAsInt(), csv.node("Piet").getAsInt())).isEqualTo(2);
        Graph tsv = read("Jan de Vries\tPiet\nPiet\tKlaas\t3\n");
        assertThat(tsv.edgeCount()).isEqualTo(2);
        assertThat(tsv.node("Jan de Vries")).isPresent();
        Graph semicolons = read("van;naar;gewicht\nJan;Piet;4\n");
        assertThat(semicolons.weightBetween(0, 1)).isEqualTo(4);
        Graph synonyms = read("from,to\na,b\n");
        assertThat(synonyms.nodeCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("issue 13: a bad line is reported with its line number in every layout")
    void badLinesInEveryLayoutNameTheirLine() {
        assertThatThrownBy(() -> read("source\ttarget\na\tb\n\nc\td\te\n")).isInstanceOf(UserInputException.class)
                .hasMessage("edges.csv, line 4: expected 2 tab-separated fields (source, target[, weight]), found 3");
        assertThatThrownBy(() -> read("a,b\nc\n")).isInstanceOf(UserInputException.class)
                .hasMessage("edges.csv, line 2: expected 2 or 3 comma-separated fields (source, target[, weight]), found 1");
        assertThatThrownBy(() -> read("a\tb\n# note\nc\td\tzwaar\n")).isInstanceOf(UserInputException.class)
                .hasMessage("edges.csv, line 3: weight 'zwaar' is not a number");
        assertThatThrownBy(() -> read("a,,1\n")).isInstanceOf(UserInputException.class)
                .hasMessage("edges.csv, line 1: empty node name");
    }

    @Test
    void badLinesNameTheFileTheLineAndWhatIsWrong() {
        assertThatThrownBy(() -> read("van,naar,soort\na,b,familie\n")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("edges.csv, line 1").hasMessageContaining("neither an edge")
                .hasMessageContaining("source,target[,weight]");
        assertThatThrownBy(() -> read("source,target\na,b\nc\n")).isInstanceOf(UserInputException.class)
                .hasMessage("edges.csv, line 3: expected 2 comma-separated fields (source, target[, weight]), found 1");
        assertThatThrownBy(() -> read("a b 1\nc d x\n")).isInstanceOf(UserInputException.class)
                .hasMessage("edges.csv, line 2: weight 'x' is not a number");
        assertThatThrownBy(() -> read("a b x\n")).isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("edges.csv, line 1: 'a b x' is neither an edge");
        assertThatThrownBy(() -> read("a b 1\na b -1\n")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("line 2: weight must be a positive number");
        assertThatThrownBy(() -> read("\n# nothing\n")).isInstanceOf(UserInputException.class).hasMessageContaining("no edges");
        assertThatThrownBy(() -> EdgeListReader.read(Path.of("does/not/exist.csv"))).isInstanceOf(UserInputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void theMontagnaMeetingsAreReadAsPublished() {
        Path file = Path.of("../../shared/data/networks/montagna_meetings.tsv");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(file), "shared data present");
        Graph g = EdgeListReader.read(file);
        // data README: 101 nodes, 256 undirected edges, largest component 92
        assertThat(g.nodeCount()).isEqualTo(101);
        assertThat(g.edgeCount()).isEqualTo(256);
        assertThat(Components.of(g).largestSize()).isEqualTo(92);
    }
}
