package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups records linked by matched pairs into identities: the connected components (union–find). */
public final class Clusters {
    private final int[] parent;

    public Clusters(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    public void link(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    public int root(int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    /** The groups of two or more records, each in index order, ordered by their first record. */
    public List<List<Integer>> groups() {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(root(i), k -> new ArrayList<>()).add(i);
        }
        return byRoot.values().stream().filter(g -> g.size() > 1).toList();
    }
}
