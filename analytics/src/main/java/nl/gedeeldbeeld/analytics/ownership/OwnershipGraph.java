package nl.gedeeldbeeld.analytics.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Who owns and who directs which company: a directed graph of shareholdings (owner → company, with the
 * share as a fraction 0..1 or unknown) and directorships (director → company, with the role), each with its
 * {@link Validity}. Parties are numbered {@code 0..n-1}, labelled with the entity id the view built them
 * from and typed by {@link PartyKind}.
 *
 * <p>Edges are kept column-wise in int and double arrays, with compressed-sparse-row indexes both ways
 * (the owners of a company, the holdings of an owner; the directors of a company, the companies of a
 * director), so a million companies with their owners fit in a few hundred megabytes and an upward walk
 * from a company touches only arrays. Edge numbers are the order in which the builder was given them.
 * Instances are immutable; build them with {@link OwnershipGraphBuilder}, narrow them to one day with
 * {@link #asOf(LocalDate)}.
 */
public final class OwnershipGraph {
    private static final PartyKind[] KINDS = PartyKind.values();

    private final String[] labels;
    private final byte[] kinds;
    private final Ownerships own;
    private final Directorships dir;
    private final String[] roles;
    private final int[] ownedByOffsets;
    private final int[] ownedByEdges;
    private final int[] holdsOffsets;
    private final int[] holdsEdges;
    private final int[] directedByOffsets;
    private final int[] directedByEdges;
    private final int[] directsOffsets;
    private final int[] directsEdges;
    private volatile LabelIndex index;

    /** Shareholdings column-wise: owner, asset, share (NaN when unknown), start and end day. */
    record Ownerships(int[] owner, int[] asset, double[] share, int[] start, int[] end, int count) {
    }

    /** Directorships column-wise: director, company, role number, start and end day. */
    record Directorships(int[] director, int[] company, int[] role, int[] start, int[] end, int count) {
    }

    OwnershipGraph(String[] labels, byte[] kinds, Ownerships own, Directorships dir, String[] roles,
            LabelIndex index) {
        this.labels = labels;
        this.kinds = kinds;
        this.own = own;
        this.dir = dir;
        this.roles = roles;
        this.index = index;
        int n = labels.length;
        ownedByOffsets = new int[n + 1];
        ownedByEdges = rows(own.asset(), own.count(), ownedByOffsets);
        holdsOffsets = new int[n + 1];
        holdsEdges = rows(own.owner(), own.count(), holdsOffsets);
        directedByOffsets = new int[n + 1];
        directedByEdges = rows(dir.company(), dir.count(), directedByOffsets);
        directsOffsets = new int[n + 1];
        directsEdges = rows(dir.director(), dir.count(), directsOffsets);
    }

    /** Groups edge numbers by one end (counting sort), filling {@code offsets}; rows keep edge order. */
    private static int[] rows(int[] end, int count, int[] offsets) {
        for (int e = 0; e < count; e++) {
            offsets[end[e] + 1]++;
        }
        for (int i = 0; i + 1 < offsets.length; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, offsets.length - 1);
        int[] edges = new int[count];
        for (int e = 0; e < count; e++) {
            edges[fill[end[e]]++] = e;
        }
        return edges;
    }

    public int partyCount() {
        return labels.length;
    }

    public String label(int party) {
        return labels[party];
    }

    public PartyKind kind(int party) {
        return KINDS[kinds[party]];
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public OptionalInt party(String label) {
        LabelIndex at = index;
        if (at == null) {
            at = LabelIndex.of(labels);
            index = at;
        }
        int found = at.find(Objects.requireNonNull(label, "label"));
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    // Shareholdings.

    public int ownershipCount() {
        return own.count();
    }

    public int owner(int ownership) {
        return own.owner()[ownership];
    }

    public int asset(int ownership) {
        return own.asset()[ownership];
    }

    /** The share as a fraction 0..1, or empty when the source gave none. */
    public OptionalDouble share(int ownership) {
        double s = own.share()[ownership];
        return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** The share, NaN when unknown: for loops that must not allocate. */
    double rawShare(int ownership) {
        return own.share()[ownership];
    }

    public Validity ownershipValidity(int ownership) {
        return Validity.ofDays(own.start()[ownership], own.end()[ownership]);
    }

    /** Row of the shareholdings in a company: positions {@code ownedByStart..ownedByEnd-1}. */
    public int ownedByStart(int company) {
        return ownedByOffsets[company];
    }

    public int ownedByEnd(int company) {
        return ownedByOffsets[company + 1];
    }

    /** The shareholding at a position of an owned-by row. */
    public int ownedByEdge(int position) {
        return ownedByEdges[position];
    }

    /** Row of the shareholdings a party holds: positions {@code holdsStart..holdsEnd-1}. */
    public int holdsStart(int party) {
        return holdsOffsets[party];
    }

    public int holdsEnd(int party) {
        return holdsOffsets[party + 1];
    }

    public int holdsEdge(int position) {
        return holdsEdges[position];
    }

    // Directorships.

    public int directorshipCount() {
        return dir.count();
    }

    public int director(int directorship) {
        return dir.director()[directorship];
    }

    public int directedCompany(int directorship) {
        return dir.company()[directorship];
    }

    /** The role as the source named it (e.g. "bestuurder"); empty when it named none. */
    public String role(int directorship) {
        return roles[dir.role()[directorship]];
    }

    public Validity directorshipValidity(int directorship) {
        return Validity.ofDays(dir.start()[directorship], dir.end()[directorship]);
    }

    /** Row of the directorships of a company: positions {@code directedByStart..directedByEnd-1}. */
    public int directedByStart(int company) {
        return directedByOffsets[company];
    }

    public int directedByEnd(int company) {
        return directedByOffsets[company + 1];
    }

    public int directedByEdge(int position) {
        return directedByEdges[position];
    }

    /** Row of the directorships a party holds: positions {@code directsStart..directsEnd-1}. */
    public int directsStart(int party) {
        return directsOffsets[party];
    }

    public int directsEnd(int party) {
        return directsOffsets[party + 1];
    }

    public int directsEdge(int position) {
        return directsEdges[position];
    }

    /**
     * The graph as it stood on one day: the same parties (same numbers), only the shareholdings and
     * directorships whose validity covers the day. Edges are renumbered.
     */
    public OwnershipGraph asOf(LocalDate day) {
        int d = (int) Objects.requireNonNull(day, "day").toEpochDay();
        int kept = 0;
        for (int e = 0; e < own.count(); e++) {
            kept += Validity.covers(own.start()[e], own.end()[e], d) ? 1 : 0;
        }
        Ownerships o = new Ownerships(new int[kept], new int[kept], new double[kept], new int[kept], new int[kept], kept);
        int k = 0;
        for (int e = 0; e < own.count(); e++) {
            if (Validity.covers(own.start()[e], own.end()[e], d)) {
                o.owner()[k] = own.owner()[e];
                o.asset()[k] = own.asset()[e];
                o.share()[k] = own.share()[e];
                o.start()[k] = own.start()[e];
                o.end()[k++] = own.end()[e];
            }
        }
        kept = 0;
        for (int e = 0; e < dir.count(); e++) {
            kept += Validity.covers(dir.start()[e], dir.end()[e], d) ? 1 : 0;
        }
        Directorships r = new Directorships(new int[kept], new int[kept], new int[kept], new int[kept], new int[kept],
                kept);
        k = 0;
        for (int e = 0; e < dir.count(); e++) {
            if (Validity.covers(dir.start()[e], dir.end()[e], d)) {
                r.director()[k] = dir.director()[e];
                r.company()[k] = dir.company()[e];
                r.role()[k] = dir.role()[e];
                r.start()[k] = dir.start()[e];
                r.end()[k++] = dir.end()[e];
            }
        }
        return new OwnershipGraph(labels, kinds, o, r, roles, index);
    }

    @Override
    public String toString() {
        return "OwnershipGraph[" + partyCount() + " parties, " + ownershipCount() + " shareholdings, "
                + directorshipCount() + " directorships]";
    }
}
