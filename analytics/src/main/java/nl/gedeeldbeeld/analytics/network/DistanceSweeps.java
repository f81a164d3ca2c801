package nl.gedeeldbeeld.analytics.network;

import java.util.stream.IntStream;
import nl.gedeeldbeeld.analytics.graph.BreadthFirst;
import nl.gedeeldbeeld.analytics.graph.Graph;

/** One BFS per node in parallel, each thread with its own work arrays; the caller folds each sweep into a score. */
final class DistanceSweeps {
    interface Fold {
        double apply(int source, BreadthFirst sweep);
    }

    private DistanceSweeps() {
    }

    static double[] perSource(Graph graph, boolean[] removed, Fold fold) {
        int n = graph.nodeCount();
        double[] out = new double[n];
        int parts = Math.max(1, Math.min(8, n));
        IntStream.range(0, parts).parallel().forEach(part -> {
            BreadthFirst sweep = new BreadthFirst(graph);
            for (int s = (int) ((long) n * part / parts); s < (int) ((long) n * (part + 1) / parts); s++) {
                if (removed == null || !removed[s]) {
                    sweep.run(s, removed);
                    out[s] = fold.apply(s, sweep);
                }
            }
        });
        return out;
    }
}
