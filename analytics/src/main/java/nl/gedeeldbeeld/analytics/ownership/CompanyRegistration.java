package nl.gedeeldbeeld.analytics.ownership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the front-company signals need to know of a company, as the trade register (KvK) or an FtM
 * {@code Company} gives it: its entity id (the same label as in the {@link OwnershipGraph}), name, the id
 * of its registered address ({@code addressEntity}), and its {@code incorporationDate} and
 * {@code dissolutionDate}.
 */
public record CompanyRegistration(String id, String name, Optional<String> address, Optional<LocalDate> founded,
        Optional<LocalDate> dissolved) {
    public CompanyRegistration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(founded, "founded");
        Objects.requireNonNull(dissolved, "dissolved");
        if (founded.isPresent() && dissolved.isPresent() && dissolved.get().isBefore(founded.get())) {
            throw new IllegalArgumentException("company " + id + ": dissolved " + dissolved.get() + " before founded "
                    + founded.get());
        }
    }
}
