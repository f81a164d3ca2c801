package nl.gedeeldbeeld.analytics.view;

import java.util.List;
import java.util.Objects;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * A graph of parties built for one question, with the evidence behind every edge and the parties behind
 * every node, so that each analysis result can be explained down to statements.
 *
 * @param nodes    per node number, what it stands for
 * @param evidence per edge id, why the edge exists (at least one item each)
 * @param notes    what the view left out and why (shared things with too many parties, links outside the
 *                 window), in Dutch, for the user
 */
public record GraphView(Graph graph, List<ViewNode> nodes, List<List<LinkEvidence>> evidence, List<String> notes) {
    public GraphView {
        Objects.requireNonNull(graph, "graph");
        nodes = List.copyOf(nodes);
        evidence = evidence.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        if (nodes.size() != graph.nodeCount() || evidence.size() != graph.edgeCount()) {
            throw new IllegalArgumentException("view holds " + nodes.size() + " nodes and " + evidence.size()
                    + " evidence lists for " + graph);
        }
    }

    public ViewNode node(int number) {
        return nodes.get(number);
    }

    public List<LinkEvidence> evidence(int edge) {
        return evidence.get(edge);
    }
}
