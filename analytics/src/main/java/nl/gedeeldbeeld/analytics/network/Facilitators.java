package nl.gedeeldbeeld.analytics.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Facilitators ("facilitators" in the Dutch approach: the financial, legal and logistic service providers a
 * criminal network depends on): nodes whose neighbours lie in several communities, so that they connect
 * groups that otherwise have few ties. Measured per node by the number of distinct communities among its
 * neighbours and by Guimerà and Amaral's (2005) participation coefficient P = 1 − Σ_c (k_c / k)², with k_c
 * the neighbours in community c (0 when all neighbours are in one community, towards 1 when they are
 * spread evenly over many).
 *
 * <p>The role (financial, legal, logistic …) is not something the graph can know; the caller supplies it per
 * node label from registers or case files, and each result carries it, so an analyst sees "notary X links
 * communities 2, 5 and 7" rather than a bare score. Nodes without a supplied role are reported too, as
 * candidates, with an empty role.
 */
public final class Facilitators {

    /** One facilitator: which communities it connects, with how many neighbours in each. */
    public record Facilitator(int node, String label, Optional<String> role, int ownCommunity,
            Map<Integer, Integer> neighboursPerCommunity, double participation) {
        public Facilitator {
            neighboursPerCommunity = Map.copyOf(neighboursPerCommunity);
        }

        public List<Integer> communities() {
            return neighboursPerCommunity.keySet().stream().sorted().toList();
        }

        public String explanation() {
            return String.format(Locale.ROOT, "%s%s has neighbours in %d communities %s (participation %.3f; own community %d)",
                    label, role.map(r -> " (" + r + ")").orElse(""), neighboursPerCommunity.size(),
                    new TreeMap<>(neighboursPerCommunity), participation, ownCommunity);
        }
    }

    private final Graph graph;
    private final Communities communities;
    private final Map<String, String> roles;
    private final int minCommunities;

    /**
     * @param roles role per node label (financial, legal, logistic …); nodes not in the map have no role
     * @param minCommunities a facilitator's neighbours lie in at least this many communities (≥ 2)
     */
    public Facilitators(Graph graph, Communities communities, Map<String, String> roles, int minCommunities) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.communities = Objects.requireNonNull(communities, "communities");
        if (communities.community().length != graph.nodeCount()) {
            throw new IllegalArgumentException("the communities are of another graph (" + communities.community().length
                    + " nodes, graph has " + graph.nodeCount() + ")");
        }
        if (minCommunities < 2) {
            throw new IllegalArgumentException("a facilitator connects at least 2 communities, minCommunities was " + minCommunities);
        }
        this.roles = Map.copyOf(roles);
        this.minCommunities = minCommunities;
    }

    /** Facilitators, highest participation first (then by node). */
    public List<Facilitator> all() {
        List<Facilitator> out = new ArrayList<>();
        for (int v = 0; v < graph.nodeCount(); v++) {
            Map<Integer, Integer> per = new TreeMap<>();
            for (int p = graph.rowStart(v); p < graph.rowEnd(v); p++) {
                per.merge(communities.of(graph.target(p)), 1, Integer::sum);
            }
            if (per.size() < minCommunities) {
                continue;
            }
            double k = graph.degree(v);
            double sum = 0;
            for (int c : per.values()) {
                sum += (c / k) * (c / k);
            }
            out.add(new Facilitator(v, graph.label(v), Optional.ofNullable(roles.get(graph.label(v))), communities.of(v), per, 1 - sum));
        }
        out.sort(Comparator.comparingDouble(Facilitator::participation).reversed().thenComparingInt(Facilitator::node));
        return List.copyOf(out);
    }

    /** Only the facilitators with the given role. */
    public List<Facilitator> withRole(String role) {
        return all().stream().filter(f -> f.role().filter(role::equals).isPresent()).toList();
    }
}
