package nl.gedeeldbeeld.analytics.ownership;

import java.util.List;
import java.util.Objects;

/**
 * The front-company signals that touch one company and its score: the number of different kinds of signal
 * (at a crowded address, short-lived, directed by a possible nominee), 0 to 3. A score is a reason to look,
 * not a finding.
 */
public record CompanySignals(String company, int score, List<FrontSignal> signals) {
    public CompanySignals {
        Objects.requireNonNull(company, "company");
        signals = List.copyOf(signals);
    }

    public String explanation() {
        return company + ": score " + score + " — "
                + String.join("; ", signals.stream().map(FrontSignal::explanation).toList());
    }
}
