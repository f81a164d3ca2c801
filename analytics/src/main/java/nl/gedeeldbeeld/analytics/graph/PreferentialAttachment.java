package nl.gedeeldbeeld.analytics.graph;

import java.util.SplittableRandom;

/**
 * Barabási–Albert graphs, seeded: the scale-free shape of real contact networks, for the betweenness benchmark
 * and the tests that compare our measures with JGraphT's on the same graphs. One generator, so that a figure
 * in docs/benchmarks.md and a test speak of the same graph for the same (n, m, seed).
 */
public final class PreferentialAttachment {

    private PreferentialAttachment() {
    }

    /**
     * A clique of m+1 nodes "v0".."vm", then each new node "vi" ties to m distinct earlier nodes chosen with
     * probability proportional to their degree (drawn from the list of all edge ends).
     */
    public static Graph graph(int n, int m, long seed) {
        if (m < 1 || n <= m) {
            throw new IllegalArgumentException("a preferential-attachment graph needs 1 <= m < n, got n=" + n + ", m=" + m);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] ends = new int[2 * (m * (m + 1) / 2 + (n - m - 1) * m)];
        int filled = 0;
        GraphBuilder builder = new GraphBuilder();
        String[] label = new String[n];
        for (int i = 0; i < n; i++) {
            label[i] = "v" + i;
            builder.node(label[i]);
        }
        for (int a = 0; a <= m; a++) {
            for (int b = a + 1; b <= m; b++) {
                builder.edge(label[a], label[b]);
                ends[filled++] = a;
                ends[filled++] = b;
            }
        }
        int[] chosen = new int[m];
        for (int v = m + 1; v < n; v++) {
            int count = 0;
            int limit = filled;
            while (count < m) {
                int t = ends[random.nextInt(limit)];
                boolean seen = false;
                for (int i = 0; i < count; i++) {
                    seen |= chosen[i] == t;
                }
                if (!seen) {
                    chosen[count++] = t;
                }
            }
            for (int i = 0; i < m; i++) {
                builder.edge(label[v], label[chosen[i]]);
                ends[filled++] = v;
                ends[filled++] = chosen[i];
            }
        }
        return builder.build();
    }
}
