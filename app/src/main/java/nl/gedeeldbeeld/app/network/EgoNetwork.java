package nl.gedeeldbeeld.app.network;

import java.util.List;
import nl.gedeeldbeeld.analytics.graph.BreadthFirst;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.analytics.view.GraphView;

/**
 * The part of a view a person explores: the parties within some hops of where they started, plus the direct
 * neighbours of each party they chose to expand. One view, so measures on it (betweenness, communities)
 * describe exactly what is on screen.
 */
final class EgoNetwork {
    private EgoNetwork() {
    }

    static GraphView of(GraphView view, String centre, int hops, List<String> expanded) {
        Graph g = view.graph();
        boolean[] outside = new boolean[g.nodeCount()];
        java.util.Arrays.fill(outside, true);
        keepWithin(g, g.node(centre).orElseThrow(), hops, outside);
        for (String id : expanded) {
            keepWithin(g, g.node(id).orElseThrow(), 1, outside);
        }
        return view.without(outside);
    }

    private static void keepWithin(Graph g, int source, int hops, boolean[] outside) {
        BreadthFirst bfs = new BreadthFirst(g);
        bfs.run(source, new boolean[g.nodeCount()]);
        for (int i = 0; i < bfs.reached(); i++) {
            int v = bfs.reachedNode(i);
            if (bfs.distance(v) <= hops) {
                outside[v] = false;
            }
        }
    }
}
