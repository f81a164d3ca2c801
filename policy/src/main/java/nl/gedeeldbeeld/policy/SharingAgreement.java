package nl.gedeeldbeeld.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a sharing agreement (convenant, or a provision under a specific article of law): the
 * statements of the {@code providers} held under the {@code regimes} may be seen by the {@code recipients}
 * for the {@code purposes}, restricted to the schemata (and their descendants) and properties, with the
 * {@code redact} properties shown only as "afgeschermd" (present, value withheld), and only while every
 * condition holds. Versions of one agreement have disjoint validity periods, so at any date at most one
 * version of it applies.
 *
 * @param schemata     the schema names as written; {@code coveredSchemata} adds their descendants
 * @param properties   properties whose values may be seen; the FtM {@code id} statement (existence) is
 *                     always covered with the schema
 * @param basis        the legal basis for the provision (e.g. "Wpg art. 20 jo. Bpg art. 4:3")
 * @param validTo      last day the version applies, inclusive; empty while it runs
 * @param everyone     the fields ({@link #PROVIDERS}, {@link #RECIPIENTS}, {@link #PURPOSES}) the catalogue wrote
 *                     as {@code all}; their sets hold every organisation or purpose of the catalogue, expanded
 *                     when it was read, so the decision point needs no wildcard of its own. Kept to show the
 *                     agreement as written and to let the validator allow it only where it is safe
 */
public record SharingAgreement(String id, int version, String title, String basis, LocalDate validFrom,
                               Optional<LocalDate> validTo, Set<String> providers, Set<String> regimes,
                               Set<String> recipients, Set<String> purposes, Set<String> schemata,
                               Set<String> coveredSchemata, Selection properties, Set<String> redact,
                               List<Condition> conditions, Set<String> everyone) {
    public static final String PROVIDERS = "providers";
    public static final String RECIPIENTS = "recipients";
    public static final String PURPOSES = "purposes";

    public SharingAgreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(properties, "properties");
        providers = Set.copyOf(providers);
        regimes = Set.copyOf(regimes);
        recipients = Set.copyOf(recipients);
        purposes = Set.copyOf(purposes);
        schemata = Set.copyOf(schemata);
        coveredSchemata = Set.copyOf(coveredSchemata);
        redact = Set.copyOf(redact);
        conditions = List.copyOf(conditions);
        everyone = Set.copyOf(everyone);
        if (!Set.of(PROVIDERS, RECIPIENTS, PURPOSES).containsAll(everyone)) {
            throw new IllegalArgumentException("only providers, recipients and purposes can be 'all', not " + everyone);
        }
    }

    /** An agreement that names every provider, recipient and purpose. */
    public SharingAgreement(String id, int version, String title, String basis, LocalDate validFrom,
                            Optional<LocalDate> validTo, Set<String> providers, Set<String> regimes,
                            Set<String> recipients, Set<String> purposes, Set<String> schemata,
                            Set<String> coveredSchemata, Selection properties, Set<String> redact,
                            List<Condition> conditions) {
        this(id, version, title, basis, validFrom, validTo, providers, regimes, recipients, purposes, schemata,
                coveredSchemata, properties, redact, conditions, Set.of());
    }

    /** Whether a field was written as {@code all} (every organisation, or every purpose, of the catalogue). */
    /**
     * Whether the agreement shares this partner's statements. {@code providers: all} covers every partner, also
     * one the catalogue does not name (an open-source feed imported under its own code): it is allowed only on
     * public regimes, where who supplied a statement does not decide who may read it.
     */
    public boolean coversProvider(String partner) {
        return isForEveryone(PROVIDERS) || providers.contains(partner);
    }

    public boolean isForEveryone(String field) {
        return everyone.contains(field);
    }

    public AgreementRef ref() {
        return new AgreementRef(id, version);
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && validTo.map(to -> !date.isAfter(to)).orElse(true);
    }

    /** Whether the validity periods of two versions share a day. */
    public boolean overlaps(SharingAgreement other) {
        boolean thisEndsBefore = validTo.map(to -> to.isBefore(other.validFrom)).orElse(false);
        boolean otherEndsBefore = other.validTo.map(to -> to.isBefore(validFrom)).orElse(false);
        return !thisEndsBefore && !otherEndsBefore;
    }

    public boolean prohibits() {
        return conditions.stream().anyMatch(c -> c instanceof Condition.Never);
    }

    public String period() {
        return validFrom + " – " + validTo.map(LocalDate::toString).orElse("");
    }
}
