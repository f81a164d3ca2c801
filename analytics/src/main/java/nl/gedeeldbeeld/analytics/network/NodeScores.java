package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * A score per node, the family interface of the centrality measures (after JGraphT's
 * {@code VertexScoringAlgorithm}): scores are computed once, on first use, and handed out as copies.
 */
public interface NodeScores {

    Graph graph();

    double score(int node);

    /** All scores, indexed by node; a copy. */
    double[] scores();

    /** The score of the node with this label. */
    default double score(String label) {
        return score(graph().node(label).orElseThrow(() -> new IllegalArgumentException("no node '" + label + "'")));
    }
}
