package nl.gedeeldbeeld.analytics.network;

import java.util.ArrayList;
import java.util.List;

/**
 * A partition of the nodes into communities numbered {@code 0..count-1} (in order of their lowest node),
 * with the modularity that judges it and how it was found, so a reader can weigh it.
 */
public record Communities(int[] community, int count, double modularity, String method) {

    public Communities {
        community = community.clone();
    }

    @Override
    public int[] community() {
        return community.clone();
    }

    public int of(int node) {
        return community[node];
    }

    /** The members of each community, in node order. */
    public List<List<Integer>> members() {
        List<List<Integer>> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            out.add(new ArrayList<>());
        }
        for (int v = 0; v < community.length; v++) {
            out.get(community[v]).add(v);
        }
        return out.stream().map(List::copyOf).toList();
    }
}
