package nl.gedeeldbeeld.analytics.network;

import java.util.SplittableRandom;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.graph.GraphBuilder;

/** The hand-checked graphs of the tests. */
public final class SmallGraphs {
    private SmallGraphs() {
    }

    /** a - b - c - d */
    public static Graph path() {
        GraphBuilder b = new GraphBuilder();
        b.edge("a", "b");
        b.edge("b", "c");
        b.edge("c", "d");
        return b.build();
    }

    /** hub with leaves l1..l4 */
    public static Graph star(int leaves) {
        GraphBuilder b = new GraphBuilder();
        for (int i = 1; i <= leaves; i++) {
            b.edge("hub", "l" + i);
        }
        return b.build();
    }

    /** Triangles a,b,c and d,e,f joined by the bridge c - d; node numbers a=0 … f=5. */
    public static Graph twoTriangles() {
        GraphBuilder b = new GraphBuilder();
        b.edge("a", "b");
        b.edge("b", "c");
        b.edge("a", "c");
        b.edge("c", "d");
        b.edge("d", "e");
        b.edge("e", "f");
        b.edge("d", "f");
        return b.build();
    }

    /** Zachary's (1977) karate club, 34 members labelled 1..34, 78 ties. */
    public static Graph karateClub() {
        int[][] rows = {
            {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32}, {2, 3, 4, 8, 14, 18, 20, 22, 31},
            {3, 4, 8, 9, 10, 14, 28, 29, 33}, {4, 8, 13, 14}, {5, 7, 11}, {6, 7, 11, 17}, {7, 17}, {9, 31, 33, 34},
            {10, 34}, {14, 34}, {15, 33, 34}, {16, 33, 34}, {19, 33, 34}, {20, 34}, {21, 33, 34}, {23, 33, 34},
            {24, 26, 28, 30, 33, 34}, {25, 26, 28, 32}, {26, 32}, {27, 30, 34}, {28, 34}, {29, 32, 34}, {30, 33, 34},
            {31, 33, 34}, {32, 33, 34}, {33, 34}};
        GraphBuilder b = new GraphBuilder();
        for (int i = 1; i <= 34; i++) {
            b.node(String.valueOf(i));
        }
        for (int[] row : rows) {
            for (int j = 1; j < row.length; j++) {
                b.edge(String.valueOf(row[0]), String.valueOf(row[j]));
            }
        }
        return b.build();
    }

    /** A seeded G(n, p) graph, optionally with a random spanning tree first so that it is connected. */
    public static Graph random(int n, double p, boolean connected, boolean weighted, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        GraphBuilder b = new GraphBuilder();
        for (int i = 0; i < n; i++) {
            b.node("v" + i);
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        if (connected) {
            for (int i = 1; i < n; i++) {
                int j = r.nextInt(i);
                seen.add((long) j * n + i);
                b.edge("v" + j, "v" + i, weighted ? 1 + r.nextInt(3) : 1);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (r.nextDouble() < p && seen.add((long) i * n + j)) {
                    b.edge("v" + i, "v" + j, weighted ? 1 + r.nextInt(3) : 1);
                }
            }
        }
        return b.build();
    }
}
