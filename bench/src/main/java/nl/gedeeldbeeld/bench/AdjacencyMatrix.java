package nl.gedeeldbeeld.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.graph.GraphBuilder;

/**
 * Reads the UCINET-style adjacency matrices of the covert-networks collection (first row and first column
 * the node names, a cell ≠ 0 a tie). A directed matrix is read as undirected: a tie in either direction is
 * one edge, since the analyses here are of who can reach whom.
 */
final class AdjacencyMatrix {
    private AdjacencyMatrix() {
    }

    static Graph read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = split(lines.get(0));
        GraphBuilder builder = new GraphBuilder();
        for (int j = 1; j < header.length; j++) {
            builder.node(header[j]);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] row = split(lines.get(i));
            if (row.length != header.length) {
                throw new IllegalArgumentException(file + ", line " + (i + 1) + ": " + row.length + " cells, header has " + header.length);
            }
            for (int j = 1; j < row.length; j++) {
                if (Double.parseDouble(row[j]) != 0 && !row[0].equals(header[j])) {
                    builder.edge(row[0], header[j]);
                }
            }
        }
        // a tie listed in both directions was summed to 2 by the builder; rebuild unweighted
        Graph summed = builder.build();
        GraphBuilder plain = new GraphBuilder();
        for (String label : summed.labels()) {
            plain.node(label);
        }
        for (int e = 0; e < summed.edgeCount(); e++) {
            plain.edge(summed.label(summed.edgeSource(e)), summed.label(summed.edgeTarget(e)));
        }
        return plain.build();
    }

    private static String[] split(String line) {
        String[] cells = line.replace("\uFEFF", "").split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip().replace("\"", "");
        }
        return cells;
    }
}
