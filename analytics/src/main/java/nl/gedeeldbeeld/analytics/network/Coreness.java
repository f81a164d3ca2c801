package nl.gedeeldbeeld.analytics.network;

import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Coreness (k-core number) of every node, Batagelj and Zaversnik (2003), "An O(m) algorithm for cores
 * decomposition of networks": nodes are kept in bins by current degree and peeled lowest first; a node's
 * coreness is its degree when peeled. The k-core is the set of nodes with coreness ≥ k. {@link #degeneracy}
 * is the largest coreness.
 */
public final class Coreness extends LazyScores {
    public Coreness(Graph graph) {
        super(graph);
    }

    public int coreness(int node) {
        return (int) score(node);
    }

    public int degeneracy() {
        int max = 0;
        for (double c : values()) {
            max = Math.max(max, (int) c);
        }
        return max;
    }

    @Override
    double[] compute() {
        int n = graph.nodeCount();
        int[] deg = new int[n];
        int maxDeg = 0;
        for (int v = 0; v < n; v++) {
            deg[v] = graph.degree(v);
            maxDeg = Math.max(maxDeg, deg[v]);
        }
        int[] bin = new int[maxDeg + 1];
        for (int v = 0; v < n; v++) {
            bin[deg[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDeg; d++) {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        int[] vert = new int[n];
        int[] pos = new int[n];
        for (int v = 0; v < n; v++) {
            pos[v] = bin[deg[v]];
            vert[pos[v]] = v;
            bin[deg[v]]++;
        }
        for (int d = maxDeg; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        if (maxDeg >= 0 && bin.length > 0) {
            bin[0] = 0;
        }
        for (int i = 0; i < n; i++) {
            int v = vert[i];
            for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                int u = graph.target(p);
                if (deg[u] > deg[v]) {
                    int du = deg[u];
                    int pu = pos[u];
                    int pw = bin[du];
                    int w = vert[pw];
                    if (u != w) {
                        pos[u] = pw;
                        vert[pu] = w;
                        pos[w] = pu;
                        vert[pw] = u;
                    }
                    bin[du]++;
                    deg[u]--;
                }
            }
        }
        double[] core = new double[n];
        for (int v = 0; v < n; v++) {
            core[v] = deg[v];
        }
        return core;
    }
}
