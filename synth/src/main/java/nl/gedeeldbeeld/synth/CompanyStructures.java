package nl.gedeeldbeeld.synth;

import java.util.ArrayList;
import java.util.List;

/** Planted corporate structures: front-company clusters and circular ownership. */
final class CompanyStructures {
    /** Many companies registered at one address, some short-lived, run by nominee directors. */
    record FrontCluster(String id, int network, int address, List<Integer> companies, List<Integer> nominees) {
    }

    /** Companies that own each other in a ring: companies[i] owns companies[i+1], the last owns the first. */
    record OwnershipCycle(String id, int network, List<Integer> companies) {
    }

    final List<FrontCluster> fronts = new ArrayList<>();
    final List<OwnershipCycle> cycles = new ArrayList<>();
}
