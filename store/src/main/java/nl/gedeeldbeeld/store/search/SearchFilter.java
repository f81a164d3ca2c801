package nl.gedeeldbeeld.store.search;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A narrowing the user chose (datasets, partners, regimes), pushed into the Lucene query as filters on top of
 * the request's {@link SearchAccess}: it can only take hits away, never add any. Each dimension is either
 * unrestricted (absent) or a set of accepted values; an empty set accepts nothing, so an empty selection can
 * never be mistaken for "no selection". A document must pass every present dimension.
 *
 * @param partnerRegimes allowed (partner, regime) pairs, as the sharing agreements state them
 */
public record SearchFilter(Optional<Set<String>> datasets, Optional<Set<String>> partners,
                           Optional<Set<String>> regimes, Optional<Set<PartnerRegime>> partnerRegimes) {

    public record PartnerRegime(String partner, String regime) {
        public PartnerRegime {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(regime, "regime");
        }

        /** Between partner and regime in {@link #term()}: a control character, which cannot occur in either code. */
        static final char SEPARATOR = '\u001f';

        /** The single indexed term for the pair; the separator cannot occur in either code. */
        String term() {
            return partner + SEPARATOR + regime;
        }
    }

    public SearchFilter {
        datasets = datasets.map(Set::copyOf);
        partners = partners.map(Set::copyOf);
        regimes = regimes.map(Set::copyOf);
        partnerRegimes = partnerRegimes.map(Set::copyOf);
    }

    public static SearchFilter unrestricted() {
        return new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static SearchFilter datasets(Set<String> allowed) {
        return unrestricted().withDatasets(allowed);
    }

    public SearchFilter withDatasets(Set<String> allowed) {
        return new SearchFilter(Optional.of(allowed), partners, regimes, partnerRegimes);
    }

    public SearchFilter withPartners(Set<String> allowed) {
        return new SearchFilter(datasets, Optional.of(allowed), regimes, partnerRegimes);
    }

    public SearchFilter withRegimes(Set<String> allowed) {
        return new SearchFilter(datasets, partners, Optional.of(allowed), partnerRegimes);
    }

    public SearchFilter withPartnerRegimes(Set<PartnerRegime> allowed) {
        return new SearchFilter(datasets, partners, regimes, Optional.of(allowed));
    }

    public boolean isUnrestricted() {
        return datasets.isEmpty() && partners.isEmpty() && regimes.isEmpty() && partnerRegimes.isEmpty();
    }
}
