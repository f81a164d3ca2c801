package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Newman–Girvan modularity (Newman and Girvan 2004) of a partition:
 * Q = Σ_c [ L_c / m − (d_c / 2m)² ], with L_c the (weight of the) edges inside community c, d_c the summed
 * degree (strength) of its nodes and m the total edge weight.
 */
public final class Modularity {
    private Modularity() {
    }

    public static double of(Graph graph, int[] community, boolean weighted) {
        int n = graph.nodeCount();
        if (community.length != n) {
            throw new IllegalArgumentException("community array has " + community.length + " entries for " + n + " nodes");
        }
        int communities = 0;
        for (int c : community) {
            if (c < 0) {
                throw new IllegalArgumentException("community numbers must be non-negative, found " + c);
            }
            communities = Math.max(communities, c + 1);
        }
        double[] inside = new double[communities];
        double[] total = new double[communities];
        double twoM = 0;
        for (int v = 0; v < n; v++) {
            for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                double w = weighted ? graph.weight(p) : 1;
                twoM += w;
                total[community[v]] += w;
                if (community[graph.target(p)] == community[v]) {
                    inside[community[v]] += w;
                }
            }
        }
        if (twoM == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < communities; c++) {
            q += inside[c] / twoM - (total[c] / twoM) * (total[c] / twoM);
        }
        return q;
    }
}
