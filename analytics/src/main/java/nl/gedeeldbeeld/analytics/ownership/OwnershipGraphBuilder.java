package nl.gedeeldbeeld.analytics.ownership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Collects parties, shareholdings and directorships and freezes them into an {@link OwnershipGraph}.
 *
 * <p>Shares come in as percentages, as registers and FtM's {@code Ownership.percentage} give them, and are
 * kept as fractions. A party named by an edge but never described gets {@link PartyKind#UNKNOWN}; one that
 * is owned or directed is a company (only organisations have shares and boards) unless it was declared
 * a foreign company. Declaring one label as two different kinds, owning a person or a percentage outside
 * 0..100 is refused with the edge in the message, because each means the view was built wrongly.
 * The same holding listed twice is kept twice; the UBO figures then show more than 100% allocated, which
 * is reported rather than silently repaired.
 */
public final class OwnershipGraphBuilder {
    private static final byte UNKNOWN = (byte) PartyKind.UNKNOWN.ordinal();

    private final LabelIndex parties = new LabelIndex();
    private byte[] kinds = new byte[16];
    private int[] owner = new int[16];
    private int[] asset = new int[16];
    private double[] share = new double[16];
    private int[] ownStart = new int[16];
    private int[] ownEnd = new int[16];
    private int ownerships;
    private int[] director = new int[16];
    private int[] company = new int[16];
    private int[] role = new int[16];
    private int[] dirStart = new int[16];
    private int[] dirEnd = new int[16];
    private int directorships;
    private final List<String> roles = new ArrayList<>();
    private final Map<String, Integer> roleNumbers = new HashMap<>();

    /** Adds a party of a known kind (or gives a party named by an edge its kind) and returns its number. */
    public int party(String label, PartyKind kind) {
        Objects.requireNonNull(kind, "kind");
        int at = node(label);
        PartyKind was = PartyKind.values()[kinds[at]];
        if (was != PartyKind.UNKNOWN && was != kind && kind != PartyKind.UNKNOWN) {
            throw new IllegalArgumentException("party " + label + " is declared both " + was + " and " + kind);
        }
        if (kind != PartyKind.UNKNOWN) {
            kinds[at] = (byte) kind.ordinal();
        }
        return at;
    }

    /** A shareholding without dates. */
    public int ownership(String ownerLabel, String assetLabel, double percentage) {
        return ownership(ownerLabel, assetLabel, OptionalDouble.of(percentage), Validity.ALWAYS);
    }

    /** A shareholding whose share the source does not give. */
    public int ownershipOfUnknownShare(String ownerLabel, String assetLabel) {
        return ownership(ownerLabel, assetLabel, OptionalDouble.empty(), Validity.ALWAYS);
    }

    /** Adds a shareholding and returns its edge number; {@code percentage} is 0..100 or empty when unknown. */
    public int ownership(String ownerLabel, String assetLabel, OptionalDouble percentage, Validity validity) {
        Objects.requireNonNull(validity, "validity");
        if (percentage.isPresent() && !(percentage.getAsDouble() >= 0 && percentage.getAsDouble() <= 100)) {
            throw new IllegalArgumentException("ownership " + ownerLabel + " → " + assetLabel
                    + ": percentage must lie within 0..100, was " + percentage.getAsDouble());
        }
        int o = node(ownerLabel);
        int a = node(assetLabel);
        if (ownerships == owner.length) {
            int grown = ownerships * 2;
            owner = Arrays.copyOf(owner, grown);
            asset = Arrays.copyOf(asset, grown);
            share = Arrays.copyOf(share, grown);
            ownStart = Arrays.copyOf(ownStart, grown);
            ownEnd = Arrays.copyOf(ownEnd, grown);
        }
        owner[ownerships] = o;
        asset[ownerships] = a;
        share[ownerships] = percentage.isPresent() ? percentage.getAsDouble() / 100.0 : Double.NaN;
        ownStart[ownerships] = validity.startDay();
        ownEnd[ownerships] = validity.endDay();
        return ownerships++;
    }

    /** A directorship without dates, with the role "bestuurder". */
    public int directorship(String directorLabel, String companyLabel) {
        return directorship(directorLabel, companyLabel, "bestuurder", Validity.ALWAYS);
    }

    /** Adds a directorship and returns its edge number; the role may be empty. */
    public int directorship(String directorLabel, String companyLabel, String roleName, Validity validity) {
        Objects.requireNonNull(roleName, "role");
        Objects.requireNonNull(validity, "validity");
        int d = node(directorLabel);
        int c = node(companyLabel);
        if (directorships == director.length) {
            int grown = directorships * 2;
            director = Arrays.copyOf(director, grown);
            company = Arrays.copyOf(company, grown);
            role = Arrays.copyOf(role, grown);
            dirStart = Arrays.copyOf(dirStart, grown);
            dirEnd = Arrays.copyOf(dirEnd, grown);
        }
        director[directorships] = d;
        company[directorships] = c;
        role[directorships] = roleNumbers.computeIfAbsent(roleName, r -> {
            roles.add(r);
            return roles.size() - 1;
        });
        dirStart[directorships] = validity.startDay();
        dirEnd[directorships] = validity.endDay();
        return directorships++;
    }

    public int partyCount() {
        return parties.size();
    }

    public OwnershipGraph build() {
        int n = parties.size();
        byte[] k = Arrays.copyOf(kinds, n);
        String[] labels = parties.labels();
        for (int e = 0; e < ownerships; e++) {
            organisation(k, labels, asset[e], "ownership " + labels[owner[e]] + " → " + labels[asset[e]]
                    + ": " + labels[asset[e]] + " is a person; only companies are owned through shares");
        }
        for (int e = 0; e < directorships; e++) {
            organisation(k, labels, company[e], "directorship " + labels[director[e]] + " → " + labels[company[e]]
                    + ": " + labels[company[e]] + " is a person; only companies have directors");
        }
        OwnershipGraph.Ownerships own = new OwnershipGraph.Ownerships(Arrays.copyOf(owner, ownerships),
                Arrays.copyOf(asset, ownerships), Arrays.copyOf(share, ownerships), Arrays.copyOf(ownStart, ownerships),
                Arrays.copyOf(ownEnd, ownerships), ownerships);
        OwnershipGraph.Directorships dir = new OwnershipGraph.Directorships(Arrays.copyOf(director, directorships),
                Arrays.copyOf(company, directorships), Arrays.copyOf(role, directorships),
                Arrays.copyOf(dirStart, directorships), Arrays.copyOf(dirEnd, directorships), directorships);
        return new OwnershipGraph(labels, k, own, dir, roles.toArray(String[]::new), null);
    }

    private static void organisation(byte[] kinds, String[] labels, int party, String personMessage) {
        if (kinds[party] == UNKNOWN) {
            kinds[party] = (byte) PartyKind.COMPANY.ordinal();
        } else if (kinds[party] == PartyKind.PERSON.ordinal()) {
            throw new IllegalArgumentException(personMessage);
        }
    }

    private int node(String label) {
        Objects.requireNonNull(label, "label");
        int before = parties.size();
        int at = parties.add(label);
        if (at == before) {
            if (at == kinds.length) {
                kinds = Arrays.copyOf(kinds, at * 2);
            }
            kinds[at] = UNKNOWN;
        }
        return at;
    }
}
