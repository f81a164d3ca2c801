package nl.gedeeldbeeld.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import nl.gedeeldbeeld.model.UserInputException;
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
    void badLinesNameTheFileTheLineAndWhatIsWrong() {
        assertThatThrownBy(() -> read("from,to\na,b\n")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("edges.csv, line 1").hasMessageContaining("'source,target'");
        assertThatThrownBy(() -> read("source,target\na,b\nc\n")).isInstanceOf(UserInputException.class)
                .hasMessage("edges.csv, line 3: expected 2 comma-separated fields (source, target[, weight]), found 1");
        assertThatThrownBy(() -> read("a b x\n")).isInstanceOf(UserInputException.class)
                .hasMessage("edges.csv, line 1: weight 'x' is not a number");
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
