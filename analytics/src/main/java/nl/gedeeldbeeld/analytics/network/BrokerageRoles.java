package nl.gedeeldbeeld.analytics.network;

import java.util.Objects;
import nl.gedeeldbeeld.analytics.graph.Graph;

/**
 * Brokerage roles, Gould and Fernandez (1989), "Structures of mediation", Sociological Methodology 19: a
 * node b brokers for a pair a, c when a–b–c is a path and a and c are not tied; the role depends on the
 * groups (family, organisation, partner file) of the three:
 * <ul>
 *   <li><b>coordinator</b>: a, b and c in one group;</li>
 *   <li><b>itinerant</b> (consultant): a and c in one group, b in another;</li>
 *   <li><b>gatekeeper / representative</b>: b shares its group with exactly one of a and c;</li>
 *   <li><b>liaison</b>: all three in different groups.</li>
 * </ul>
 * <b>Direction.</b> Gould and Fernandez count directed two-paths a→b→c, which separates the gatekeeper (b
 * shares c's group and controls what enters it) from the representative (b shares a's group and speaks for
 * it). Our graph is undirected, so each open two-path is counted once, as the unordered pair {a, c}, and
 * those two roles are reported together as {@link Role#GATEKEEPER_OR_REPRESENTATIVE}; the counts of the
 * other roles equal the directed counts of a symmetric network divided by two. Cost Σ_b deg(b)², fine for
 * investigation networks, not for hubs with a million neighbours.
 */
public final class BrokerageRoles {
    public enum Role { COORDINATOR, ITINERANT, GATEKEEPER_OR_REPRESENTATIVE, LIAISON }

    private final Graph graph;
    private final int[] group;
    private volatile long[][] counts;

    /** @param group a group number per node (non-negative) */
    public BrokerageRoles(Graph graph, int[] group) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (group.length != graph.nodeCount()) {
            throw new IllegalArgumentException("group array has " + group.length + " entries for " + graph.nodeCount() + " nodes");
        }
        this.group = group.clone();
    }

    /** How often the node brokers in this role. */
    public long count(int node, Role role) {
        return counts()[node][role.ordinal()];
    }

    /** Open two-paths through the node, all roles together. */
    public long total(int node) {
        long sum = 0;
        for (long c : counts()[node]) {
            sum += c;
        }
        return sum;
    }

    private synchronized long[][] counts() {
        if (counts == null) {
            int n = graph.nodeCount();
            long[][] out = new long[n][Role.values().length];
            for (int b = 0; b < n; b++) {
                for (int pa = graph.rowStart(b); pa < graph.rowEnd(b); pa++) {
                    int a = graph.target(pa);
                    for (int pc = pa + 1; pc < graph.rowEnd(b); pc++) {
                        int c = graph.target(pc);
                        if (!graph.adjacent(a, c)) {
                            out[b][role(group[a], group[b], group[c]).ordinal()]++;
                        }
                    }
                }
            }
            counts = out;
        }
        return counts;
    }

    static Role role(int a, int b, int c) {
        if (a == b && b == c) {
            return Role.COORDINATOR;
        }
        if (a == c) {
            return Role.ITINERANT;
        }
        if (a == b || b == c) {
            return Role.GATEKEEPER_OR_REPRESENTATIVE;
        }
        return Role.LIAISON;
    }
}
