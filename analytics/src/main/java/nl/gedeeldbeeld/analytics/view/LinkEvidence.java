package nl.gedeeldbeeld.analytics.view;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Why two nodes of a view are linked: one relationship entity (an Ownership, a Payment …) or one shared
 * thing (an address, a phone number …), with the provenance of the statements that made it.
 *
 * @param kind        the FtM schema of the relationship, or the derived link's name
 * @param via         the relationship entity's id, the shared thing's id, or the shared phone number
 * @param from        the party the relationship runs from (its FtM edge source)
 * @param to          the party it runs to
 * @param description what the statements say about it, in words (role, relationship, amount)
 * @param date        the link's start or date, when a statement gives one
 */
public record LinkEvidence(String kind, String via, String from, String to, String description, String partner,
                           String dataset, String regime, String reliability, Optional<LocalDate> date) {
    public LinkEvidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(date, "date");
    }
}
