package nl.gedeeldbeeld.policy;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.write.WriteRule;

/**
 * Checks the references inside a catalogue: every organisation, unit, role, purpose and legal regime an
 * entry names exists, and no two versions of one agreement are in force on the same day (otherwise the
 * decision would depend on which version happened to be read first). Fails on the first problem with
 * "file: entry: reason".
 *
 * <p>{@code all} for providers, recipients or purposes grants to organisations and purposes nobody named,
 * including those added to the catalogue later. That is right for public information (open sources,
 * sanctions lists) and dangerous for anything withheld, so an agreement that grants with {@code all} must
 * cover public regimes only ({@link nl.gedeeldbeeld.model.provenance.LegalRegime#isPublic()}); a prohibition
 * (condition NEVER) may use it on any regime, since it can only take access away.
 */
final class PolicyCatalogueValidator {
    private final String source;
    private final PolicyCatalogue catalogue;

    PolicyCatalogueValidator(String source, PolicyCatalogue catalogue) {
        this.source = source;
        this.catalogue = catalogue;
    }

    void validate() {
        catalogue.roles().forEach(this::validate);
        catalogue.users().forEach(this::validate);
        catalogue.agreements().forEach(this::validate);
        catalogue.writeRules().all().forEach(this::validate);
        validateVersions();
    }

    private void validate(Role role) {
        String where = "role '" + role.code() + "'";
        role.purposes().forEach(p -> requirePurpose(where, p));
    }

    private void validate(User user) {
        String where = "user '" + user.id() + "'";
        Organisation organisation = requireOrganisation(where, "organisation", user.organisation());
        user.unit().ifPresent(unit -> {
            if (organisation.unit(unit).isEmpty()) {
                String units = organisation.units().stream().map(Unit::code).sorted().collect(Collectors.joining(", "));
                throw fail(where, "organisation " + organisation.code() + " has no unit '" + unit + "'"
                        + (units.isEmpty() ? "; it has no units" : "; its units: " + units));
            }
        });
        if (user.roles().isEmpty()) {
            throw fail(where, "has no roles, so it could declare no purpose");
        }
        for (String role : user.roles()) {
            if (catalogue.role(role).isEmpty()) {
                throw fail(where, "unknown role '" + role + "'; known: " + known(catalogue.roles().stream().map(Role::code).toList()));
            }
        }
    }

    private void validate(SharingAgreement a) {
        String where = "agreement '" + a.id() + "' v" + a.version();
        if (a.version() < 1) {
            throw fail(where, "version must be 1 or higher");
        }
        if (a.validTo().map(to -> to.isBefore(a.validFrom())).orElse(false)) {
            throw fail(where, "validTo " + a.validTo().get() + " is before validFrom " + a.validFrom());
        }
        nonEmpty(where, "providers", a.providers());
        nonEmpty(where, "regimes", a.regimes());
        nonEmpty(where, "recipients", a.recipients());
        nonEmpty(where, "purposes", a.purposes());
        nonEmpty(where, "schemata", a.schemata());
        a.providers().forEach(p -> requireOrganisation(where, "providers", p));
        a.recipients().forEach(r -> requireOrganisation(where, "recipients", r));
        a.purposes().forEach(p -> requirePurpose(where, p));
        for (String regime : a.regimes()) {
            if (catalogue.regimes().find(regime).isEmpty()) {
                throw fail(where, "unknown legal regime '" + regime + "' in regimes; known: "
                        + String.join(", ", catalogue.regimes().codes()));
            }
        }
        if (!a.everyone().isEmpty() && !a.prohibits()) {
            for (String regime : a.regimes().stream().sorted().toList()) {
                if (!catalogue.regimes().require(regime).isPublic()) {
                    String fields = a.everyone().stream().sorted().map(f -> f + ": all").collect(Collectors.joining(", "));
                    throw fail(where, "'" + fields + "' may only share public regimes (holder ANY, onwardSharing [ANY]), "
                            + "and " + regime + " is not public; list the " + naturalList(a.everyone()) + " by name");
                }
            }
        }
        for (String p : a.redact()) {
            if (p.equals(Statement.ID_PROPERTY)) {
                throw fail(where, "'id' records that an entity exists and cannot be redacted; leave the schema out instead");
            }
            if (!a.properties().all() && a.properties().names().contains(p)) {
                throw fail(where, "property '" + p + "' is both allowed and redacted");
            }
        }
        for (Condition c : a.conditions()) {
            if (c instanceof Condition.Units units) {
                for (String unit : units.units()) {
                    boolean known = a.recipients().stream()
                            .anyMatch(r -> catalogue.requireOrganisation(r).unit(unit).isPresent());
                    if (!known) {
                        throw fail(where, "UNITS condition names unit '" + unit + "', which no recipient has");
                    }
                }
            }
        }
    }

    private void validate(WriteRule rule) {
        String where = "write rule '" + rule.id() + "'";
        rule.purposes().forEach(p -> requirePurpose(where, p));
        for (String role : rule.roles()) {
            if (catalogue.role(role).isEmpty()) {
                throw fail(where, "unknown role '" + role + "'; known: " + known(catalogue.roles().stream().map(Role::code).toList()));
            }
        }
    }

    private void validateVersions() {
        List<SharingAgreement> all = catalogue.agreements();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                SharingAgreement a = all.get(i);
                SharingAgreement b = all.get(j);
                if (!a.id().equals(b.id())) {
                    continue;
                }
                if (a.version() == b.version()) {
                    throw fail("agreement '" + a.id() + "'", "version " + a.version() + " is defined twice");
                }
                if (a.overlaps(b)) {
                    throw fail("agreement '" + a.id() + "'", "versions " + a.version() + " (" + a.period() + ") and "
                            + b.version() + " (" + b.period() + ") overlap; end one before the next begins");
                }
            }
        }
    }

    private Organisation requireOrganisation(String where, String field, String code) {
        return catalogue.organisation(code).orElseThrow(() -> fail(where, "unknown organisation '" + code + "' in "
                + field + "; known: " + known(catalogue.organisations().stream().map(Organisation::code).toList())));
    }

    private void requirePurpose(String where, String code) {
        if (catalogue.purpose(code).isEmpty()) {
            throw fail(where, "unknown purpose '" + code + "'; known: "
                    + known(catalogue.purposes().stream().map(Purpose::code).toList()));
        }
    }

    private void nonEmpty(String where, String field, Set<String> values) {
        if (values.isEmpty()) {
            throw fail(where, "'" + field + "' must name at least one");
        }
    }

    /** "a", "a and b", "a, b and c", sorted. */
    private static String naturalList(Collection<String> words) {
        List<String> sorted = words.stream().sorted().toList();
        return sorted.size() == 1 ? sorted.get(0)
                : String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.get(sorted.size() - 1);
    }

    private static String known(Collection<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }

    private UserInputException fail(String where, String reason) {
        return new UserInputException(source + ": " + where + ": " + reason);
    }
}
