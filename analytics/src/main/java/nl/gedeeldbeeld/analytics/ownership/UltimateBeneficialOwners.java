package nl.gedeeldbeeld.analytics.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Ultimate beneficial owners (UBO, uiteindelijk belanghebbende) of companies, as the Dutch UBO register
 * (Wwft art. 1, Handelsregisterwet, Uitvoeringsbesluit Wwft 2018 art. 3) asks for them: the natural persons
 * who hold, directly or indirectly, more than 25% of a company; when nobody does, its directors as
 * "pseudo-UBO" (hoger leidinggevend personeel).
 *
 * <p><b>Indirect shares</b> multiply along a chain and add over parallel chains (A holds 60% of B, B 50%
 * of C: A holds 30% of C). This is the integrated ownership of Vitali, Glattfelder and Battiston, "The
 * network of global corporate control" (PLoS ONE 6(10), 2011), computed per company as an absorbing walk:
 * start with the whole company, pass each company's part up to its shareholders in proportion to their
 * shares, and let it settle at persons, foreign companies and owners of unknown kind. A ring of companies
 * that own each other (circular holdings) just passes its part round again, a smaller part each time, so
 * the walk adds up the geometric series instead of looping forever; it stops when less than
 * {@link UboRules#tolerance()} is still moving, or after {@link UboRules#maxRounds()} steps, which only a
 * ring without any outside owner reaches, and whatever is still moving then is reported as circular
 * residue. (A reading that counts indirect holdings only through controlled intermediaries, "more than 50%
 * at every step", is also used in practice; the multiplication is what the register's guidance shows and
 * what this class does.)
 *
 * <p><b>Chains end</b> at a person, at a foreign company ("ownership through a foreign company — not
 * resolvable further": the Dutch registers do not say who is behind it), at a shareholding of unknown size
 * and at an owner nobody described; the last three are reported as {@link UnresolvedLink}s with their part.
 *
 * <p><b>Explained</b>: each UBO carries the simple chains (party labels and shares) that give its figure,
 * found by a depth-first search capped by {@link UboRules#chainSearchSteps()}; what the chains do not show
 * is the part that runs round a ring ({@link BeneficialOwner#circularPart()}).
 *
 * <p>Each report is a pure function of the immutable graph, so {@link #forCompany} computes it when asked
 * and {@link #forEachCompany} streams all companies over several threads without holding the reports.
 */
public final class UltimateBeneficialOwners {
    private static final double EPSILON = 1e-9;

    private final OwnershipGraph graph;
    private final UboRules rules;

    public UltimateBeneficialOwners(OwnershipGraph graph) {
        this(graph, UboRules.standard());
    }

    public UltimateBeneficialOwners(OwnershipGraph graph, UboRules rules) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public UboRules rules() {
        return rules;
    }

    /** The UBOs of the company with this label. */
    public UboReport forCompany(String label) {
        int company = graph.party(label).orElseThrow(
                () -> new IllegalArgumentException("no party '" + label + "' in the ownership graph"));
        return forCompany(company);
    }

    /** The UBOs of company number {@code company}. */
    public UboReport forCompany(int company) {
        if (company < 0 || company >= graph.partyCount()) {
            throw new IllegalArgumentException("no party number " + company + " (graph has " + graph.partyCount() + ")");
        }
        if (graph.kind(company) == PartyKind.PERSON) {
            throw new IllegalArgumentException(graph.label(company) + " is a person, not a company");
        }
        return new Walk().report(company);
    }

    /**
     * Resolves every party of kind {@link PartyKind#COMPANY} on {@code threads} threads and hands each report
     * to {@code sink}, which must therefore be thread-safe; reports arrive in no particular order.
     */
    public void forEachCompany(int threads, Consumer<UboReport> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
        Objects.requireNonNull(sink, "sink");
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int n = graph.partyCount();
        int block = 1024;
        Runnable work = () -> {
            Walk walk = new Walk();
            try {
                for (int from = next.getAndAdd(block); from < n && failure.get() == null; from = next.getAndAdd(block)) {
                    for (int c = from; c < Math.min(n, from + block); c++) {
                        if (graph.kind(c) == PartyKind.COMPANY) {
                            sink.accept(walk.report(c));
                        }
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread thread = new Thread(work, "ubo-" + t);
            thread.start();
            started.add(thread);
        }
        work.run();
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while resolving UBOs", e);
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        } else if (failed instanceof Error err) {
            throw err;
        }
    }

    /** The working state of one thread; reused from company to company. */
    private final class Walk {
        private MassMap frontier = new MassMap();
        private MassMap next = new MassMap();
        private final MassMap absorbed = new MassMap();
        /** Per unknown-share edge: the part of the company that reached its asset. */
        private final MassMap unknownShare = new MassMap();
        private final MassMap overallocated = new MassMap();
        private int[] path = new int[16];
        private int depth;
        private int steps;
        private boolean truncated;

        UboReport report(int company) {
            frontier.clear();
            absorbed.clear();
            unknownShare.clear();
            overallocated.clear();
            frontier.add(company, 1.0);
            double unaccounted = 0;
            double moving = 1.0;
            for (int round = 0; round < rules.maxRounds() && moving > rules.tolerance(); round++) {
                next.clear();
                for (int i = 0; i < frontier.size(); i++) {
                    unaccounted += passUp(frontier.key(i), frontier.value(i));
                }
                MassMap swap = frontier;
                frontier = next;
                next = swap;
                moving = frontier.total();
            }
            double residue = moving > rules.tolerance() ? moving : 0;
            return describe(company, unaccounted, residue);
        }

        /** Passes a company's part up to its shareholders; returns the part no shareholder takes. */
        private double passUp(int node, double mass) {
            double allocated = 0;
            for (int p = graph.ownedByStart(node); p < graph.ownedByEnd(node); p++) {
                int e = graph.ownedByEdge(p);
                double share = graph.rawShare(e);
                if (Double.isNaN(share)) {
                    unknownShare.add(e, mass);
                    continue;
                }
                allocated += share;
                if (share == 0) {
                    continue;
                }
                int owner = graph.owner(e);
                if (graph.kind(owner) == PartyKind.COMPANY) {
                    next.add(owner, mass * share);
                } else {
                    absorbed.add(owner, mass * share);
                }
            }
            if (allocated > 1 + EPSILON && !overallocated.contains(node)) {
                overallocated.add(node, allocated);
            }
            return allocated < 1 ? mass * (1 - allocated) : 0;
        }

        private UboReport describe(int company, double unaccounted, double residue) {
            double threshold = rules.threshold();
            List<Integer> ubos = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            int largest = -1;
            for (int i = 0; i < absorbed.size(); i++) {
                int party = absorbed.key(i);
                double share = absorbed.value(i);
                if (graph.kind(party) == PartyKind.PERSON) {
                    if (share > threshold + EPSILON) {
                        ubos.add(party);
                    } else if (largest < 0 || share > absorbed.get(largest)) {
                        largest = party;
                    }
                } else {
                    ends.add(party);
                }
            }
            ubos.sort(Comparator.comparingDouble((Integer p) -> -absorbed.get(p)).thenComparing(graph::label));
            Map<Integer, Found> partyChains = new HashMap<>();
            Map<Integer, Found> edgeChains = new HashMap<>();
            truncated = false;
            if (!ubos.isEmpty() || !ends.isEmpty() || unknownShare.size() > 0) {
                for (int p : ubos) {
                    partyChains.put(p, new Found());
                }
                for (int p : ends) {
                    partyChains.put(p, new Found());
                }
                for (int i = 0; i < unknownShare.size(); i++) {
                    edgeChains.put(unknownShare.key(i), new Found());
                }
                steps = 0;
                depth = 0;
                pathShares.clear();
                push(company);
                search(company, partyChains, edgeChains);
            }
            List<BeneficialOwner> owners = new ArrayList<>();
            String companyLabel = graph.label(company);
            for (int p : ubos) {
                double share = absorbed.get(p);
                Found found = partyChains.get(p);
                double circular = truncated ? 0 : Math.max(0, share - found.sum);
                String reason = graph.label(p) + " holds " + Chain.percent(share) + " of " + companyLabel
                        + " (more than " + Chain.percent(threshold) + ") through " + found.count + " chain"
                        + (found.count == 1 ? "" : "s")
                        + (circular > EPSILON ? ", " + Chain.percent(circular)
                        + " of it through companies that own each other in a ring" : "");
                owners.add(new BeneficialOwner(graph.label(p), UboBasis.OWNERSHIP, OptionalDouble.of(share), circular,
                        found.chains(), List.of(), reason));
            }
            List<UnresolvedLink> unresolved = new ArrayList<>();
            for (int p : ends) {
                PartyKind kind = graph.kind(p);
                UnresolvedLink.Reason reason = kind == PartyKind.FOREIGN_COMPANY ? UnresolvedLink.Reason.FOREIGN_COMPANY
                        : UnresolvedLink.Reason.UNKNOWN_PARTY;
                double share = absorbed.get(p);
                unresolved.add(new UnresolvedLink(graph.label(p), kind, reason, OptionalDouble.of(share), share,
                        partyChains.get(p).chains(), graph.label(p) + " holds " + Chain.percent(share) + " of "
                        + companyLabel + ": " + reason.text()));
            }
            for (int i = 0; i < unknownShare.size(); i++) {
                int e = unknownShare.key(i);
                double upTo = Math.min(1, unknownShare.value(i));
                String owner = graph.label(graph.owner(e));
                String asset = graph.label(graph.asset(e));
                unresolved.add(new UnresolvedLink(owner, graph.kind(graph.owner(e)),
                        UnresolvedLink.Reason.UNKNOWN_SHARE, OptionalDouble.empty(), upTo, edgeChains.get(e).chains(),
                        owner + " holds a share of unknown size in " + asset
                        + (graph.asset(e) == company ? "" : ", which carries " + Chain.percent(upTo) + " of " + companyLabel)
                        + ": " + UnresolvedLink.Reason.UNKNOWN_SHARE.text()));
            }
            UboBasis basis = UboBasis.OWNERSHIP;
            if (owners.isEmpty()) {
                owners.addAll(pseudo(company));
                basis = owners.isEmpty() ? UboBasis.NONE : UboBasis.PSEUDO_UBO;
            }
            List<String> over = new ArrayList<>();
            for (int i = 0; i < overallocated.size(); i++) {
                over.add(graph.label(overallocated.key(i)));
            }
            String largestText = largest < 0 ? "" : " (largest: " + graph.label(largest) + " "
                    + Chain.percent(absorbed.get(largest)) + ")";
            String explanation = explain(companyLabel, basis, owners, unresolved, unaccounted, residue, over,
                    largestText);
            return new UboReport(companyLabel, threshold, basis, owners, unresolved, unaccounted, residue, over,
                    truncated, explanation);
        }

        private String explain(String company, UboBasis basis, List<BeneficialOwner> owners,
                List<UnresolvedLink> unresolved, double unaccounted, double residue, List<String> over, String largest) {
            StringBuilder b = new StringBuilder(company).append(": ");
            String limit = Chain.percent(rules.threshold());
            switch (basis) {
                case OWNERSHIP -> {
                    b.append(owners.size()).append(owners.size() == 1 ? " UBO" : " UBOs")
                            .append(" by ownership (more than ").append(limit).append("). ");
                    for (BeneficialOwner o : owners) {
                        b.append(o.reason()).append(": ");
                        b.append(String.join("; ", o.chains().stream().map(Chain::describe).toList())).append(". ");
                    }
                }
                case PSEUDO_UBO -> {
                    b.append("no natural person holds more than ").append(limit).append(largest)
                            .append(", so the directors are the pseudo-UBO (hoger leidinggevend personeel): ");
                    b.append(String.join("; ", owners.stream().map(BeneficialOwner::reason).toList())).append(". ");
                }
                case NONE -> b.append("no natural person holds more than ").append(limit).append(largest)
                        .append(" and no natural person directs it: no UBO can be named. ");
            }
            for (UnresolvedLink u : unresolved) {
                b.append(u.explanation()).append(". ");
            }
            if (unaccounted > EPSILON) {
                b.append(Chain.percent(unaccounted)).append(" is held by no registered shareholder with a known share. ");
            }
            if (residue > EPSILON) {
                b.append(Chain.percent(residue))
                        .append(" runs round companies that own each other with no owner outside the ring. ");
            }
            if (!over.isEmpty()) {
                b.append("Registered shares add up to more than 100% in ").append(String.join(", ", over)).append(". ");
            }
            if (truncated) {
                b.append("Not all chains are shown (search capped at ").append(rules.chainSearchSteps()).append(" steps). ");
            }
            return b.toString().strip();
        }

        /** Depth-first over simple upward paths from the company, recording those that end at a target. */
        private void search(int node, Map<Integer, Found> partyChains, Map<Integer, Found> edgeChains) {
            for (int p = graph.ownedByStart(node); p < graph.ownedByEnd(node); p++) {
                if (++steps > rules.chainSearchSteps()) {
                    truncated = true;
                    return;
                }
                int e = graph.ownedByEdge(p);
                int owner = graph.owner(e);
                if (onPath(owner)) {
                    continue;
                }
                double share = graph.rawShare(e);
                if (Double.isNaN(share)) {
                    Found found = edgeChains.get(e);
                    if (found != null) {
                        found.add(chain(owner, OptionalDouble.empty()), 0);
                    }
                    continue;
                }
                if (share == 0) {
                    continue;
                }
                if (graph.kind(owner) == PartyKind.COMPANY) {
                    push(owner);
                    pathShares.add(share);
                    search(owner, partyChains, edgeChains);
                    pathShares.remove(pathShares.size() - 1);
                    depth--;
                    if (truncated) {
                        return;
                    }
                } else {
                    Found found = partyChains.get(owner);
                    if (found != null) {
                        found.add(chain(owner, OptionalDouble.of(share)), product() * share);
                    }
                }
            }
        }

        private final List<Double> pathShares = new ArrayList<>();

        private double product() {
            double p = 1;
            for (double s : pathShares) {
                p *= s;
            }
            return p;
        }

        /** The chain from {@code top} (holding {@code topShare} of the last company on the path) down to the company. */
        private Chain chain(int top, OptionalDouble topShare) {
            List<String> parties = new ArrayList<>(depth + 1);
            List<OptionalDouble> shares = new ArrayList<>(depth);
            parties.add(graph.label(top));
            shares.add(topShare);
            for (int i = depth - 1; i >= 0; i--) {
                parties.add(graph.label(path[i]));
                if (i > 0) {
                    shares.add(OptionalDouble.of(pathShares.get(i - 1)));
                }
            }
            return new Chain(parties, shares);
        }

        private void push(int node) {
            if (depth == path.length) {
                path = java.util.Arrays.copyOf(path, depth * 2);
            }
            path[depth++] = node;
        }

        private boolean onPath(int node) {
            for (int i = 0; i < depth; i++) {
                if (path[i] == node) {
                    return true;
                }
            }
            return false;
        }

        /** The directors who are natural persons, through corporate directors too (shortest chain each). */
        private List<BeneficialOwner> pseudo(int company) {
            Map<Integer, Integer> reachedBy = new HashMap<>();
            Map<Integer, Integer> persons = new LinkedHashMap<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            reachedBy.put(company, -1);
            queue.add(company);
            while (!queue.isEmpty()) {
                int org = queue.poll();
                for (int p = graph.directedByStart(org); p < graph.directedByEnd(org); p++) {
                    int d = graph.directedByEdge(p);
                    int who = graph.director(d);
                    if (graph.kind(who) == PartyKind.PERSON) {
                        persons.putIfAbsent(who, d);
                    } else if (graph.kind(who) != PartyKind.UNKNOWN && !reachedBy.containsKey(who)) {
                        reachedBy.put(who, d);
                        queue.add(who);
                    }
                }
            }
            List<BeneficialOwner> out = new ArrayList<>();
            for (Map.Entry<Integer, Integer> person : persons.entrySet()) {
                List<String> parties = new ArrayList<>();
                List<String> roles = new ArrayList<>();
                parties.add(graph.label(person.getKey()));
                for (int d = person.getValue(); d >= 0; d = reachedBy.get(graph.directedCompany(d))) {
                    roles.add(graph.role(d));
                    parties.add(graph.label(graph.directedCompany(d)));
                }
                DirectorChain chain = new DirectorChain(parties, roles);
                out.add(new BeneficialOwner(graph.label(person.getKey()), UboBasis.PSEUDO_UBO, OptionalDouble.empty(), 0,
                        List.of(), List.of(chain), chain.describe()));
            }
            out.sort(Comparator.comparing(BeneficialOwner::person));
            return out;
        }
    }

    /** The chains found for one target: all their figures summed, the largest kept. */
    private final class Found {
        private final List<Chain> kept = new ArrayList<>();
        private final List<Double> figures = new ArrayList<>();
        private double sum;
        private int count;

        void add(Chain chain, double figure) {
            sum += figure;
            count++;
            kept.add(chain);
            figures.add(figure);
        }

        List<Chain> chains() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -figures.get(i)));
            List<Chain> out = new ArrayList<>();
            for (int i = 0; i < Math.min(rules.maxChains(), order.size()); i++) {
                out.add(kept.get(order.get(i)));
            }
            return out;
        }
    }
}
