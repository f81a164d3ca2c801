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

    /** The evidence of the edge between two nodes; empty when they are not adjacent. */
    public List<LinkEvidence> evidenceBetween(int a, int b) {
        for (int p = graph.rowStart(a); p < graph.rowEnd(a); p++) {
            if (graph.target(p) == b) {
                return evidence.get(graph.edgeId(p));
            }
        }
        return List.of();
    }

    /**
     * The view of the nodes within {@code hops} links of one node (its ego network), for questions about
     * one person's surroundings and for analyses too costly on the whole view.
     */
    public GraphView around(String id, int hops) {
        if (hops < 1) {
            throw new nl.gedeeldbeeld.model.UserInputException("hops must be at least 1, was " + hops);
        }
        int centre = graph.node(id).orElseThrow(() -> new nl.gedeeldbeeld.model.UserInputException(
                "'" + id + "' is not a node of this view (not visible, or without links)"));
        nl.gedeeldbeeld.analytics.graph.BreadthFirst bfs = new nl.gedeeldbeeld.analytics.graph.BreadthFirst(graph);
        bfs.run(centre, new boolean[graph.nodeCount()]);
        boolean[] outside = new boolean[graph.nodeCount()];
        java.util.Arrays.fill(outside, true);
        for (int i = 0; i < bfs.reached(); i++) {
            int v = bfs.reachedNode(i);
            if (bfs.distance(v) <= hops) {
                outside[v] = false;
            }
        }
        return without(outside);
    }

    /** The view without the marked nodes and their edges; evidence and notes carried over. */
    public GraphView without(boolean[] removed) {
        nl.gedeeldbeeld.analytics.graph.Subgraph sub = nl.gedeeldbeeld.analytics.graph.Subgraph.without(graph, removed);
        Graph g = sub.graph();
        List<ViewNode> keptNodes = new java.util.ArrayList<>(g.nodeCount());
        for (int v = 0; v < g.nodeCount(); v++) {
            keptNodes.add(nodes.get(sub.original(v)));
        }
        List<List<LinkEvidence>> keptEvidence = new java.util.ArrayList<>(g.edgeCount());
        for (int e = 0; e < g.edgeCount(); e++) {
            keptEvidence.add(evidenceBetween(sub.original(g.edgeSource(e)), sub.original(g.edgeTarget(e))));
        }
        return new GraphView(g, keptNodes, keptEvidence, notes);
    }
}
