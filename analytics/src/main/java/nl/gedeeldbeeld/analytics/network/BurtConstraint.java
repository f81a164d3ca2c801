package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Burt's (1992) network constraint, "Structural Holes": c_i = Σ_j (p_ij + Σ_q p_iq p_qj)² over the
 * neighbours j of i, with q ranging over the other neighbours of i and p_ij = w_ij / Σ_k w_ik the share of
 * i's tie weight spent on j. High constraint: i's contacts are tied to each other (little brokerage);
 * low constraint: i bridges structural holes. An isolated node has no defined constraint (NaN), as in
 * NetworkX. Weighted when asked (e.g. meeting counts); unweighted every tie counts 1.
 */
public final class BurtConstraint extends LazyScores {
    private final boolean weighted;

    public BurtConstraint(Graph graph, boolean weighted) {
        super(graph);
        this.weighted = weighted;
    }

    @Override
    double[] compute() {
        int n = graph.nodeCount();
        double[] strength = new double[n];
        for (int v = 0; v < n; v++) {
            for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                strength[v] += w(p);
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (graph.degree(i) == 0) {
                out[i] = Double.NaN;
                continue;
            }
            double c = 0;
            for (int pj = graph.rowStart(i); pj < graph.rowEnd(i); pj++) {
                int j = graph.target(pj);
                double local = w(pj) / strength[i];
                for (int pq = graph.rowStart(i); pq < graph.rowEnd(i); pq++) {
                    int q = graph.target(pq);
                    if (q == j) {
                        continue;
                    }
                    double wqj = weighted ? graph.weightBetween(q, j) : (graph.adjacent(q, j) ? 1 : 0);
                    if (wqj > 0) {
                        local += w(pq) / strength[i] * wqj / strength[q];
                    }
                }
                c += local * local;
            }
            out[i] = c;
        }
        return out;
    }

    private double w(int position) {
        return weighted ? graph.weight(position) : 1;
    }
}
