package nl.gedeeldbeeld.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalogue as plain text for people: what {@code gb policy show} prints and what the admin page can
 * show. Sorted and free of timestamps, so two reports of the same catalogue are identical and a diff of two
 * reports shows what an admin change did.
 */
public final class CatalogueReport {

    private CatalogueReport() {
    }

    /** Everything, with the agreements in force on {@code on} marked with '*'. */
    public static String render(PolicyCatalogue c, LocalDate on) {
        StringBuilder out = new StringBuilder();
        out.append("Organisations\n");
        for (Organisation o : c.organisations()) {
            out.append("  ").append(o.code()).append(" — ").append(o.name()).append(" (").append(o.kind()).append(")");
            if (!o.units().isEmpty()) {
                out.append("; units: ").append(o.units().stream().map(Unit::code).collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        out.append("Purposes\n");
        for (Purpose p : c.purposes()) {
            out.append("  ").append(p.code()).append(" — ").append(p.name()).append(" [").append(p.processingActivity())
                    .append("; ").append(p.legalBasis()).append("]\n");
        }
        out.append("Roles\n");
        for (Role r : c.roles()) {
            out.append("  ").append(r.code()).append(": ").append(sorted(r.purposes())).append('\n');
        }
        out.append("Users\n");
        for (User u : c.users()) {
            out.append("  ").append(u.id()).append(" — ").append(u.organisation()).append(u.unit().map(x -> "/" + x).orElse(""))
                    .append(", roles ").append(sorted(u.roles())).append('\n');
        }
        out.append("Agreements (* in force on ").append(on).append(")\n");
        for (SharingAgreement a : c.agreements()) {
            out.append(a.isValidOn(on) ? "* " : "  ").append(a.ref()).append(" — ").append(a.title()).append(" [")
                    .append(a.period()).append("]\n");
            out.append("      ").append(names(a, SharingAgreement.PROVIDERS, a.providers())).append(' ')
                    .append(sorted(a.regimes())).append(" → ").append(names(a, SharingAgreement.RECIPIENTS, a.recipients()))
                    .append(" for ").append(names(a, SharingAgreement.PURPOSES, a.purposes())).append('\n');
            out.append("      schemata ").append(sorted(a.schemata())).append(", properties ").append(a.properties());
            if (!a.redact().isEmpty()) {
                out.append(", redacted ").append(sorted(a.redact()));
            }
            out.append('\n');
            if (!a.conditions().isEmpty()) {
                out.append("      conditions: ").append(a.conditions().stream().map(Condition::describe)
                        .collect(Collectors.joining("; "))).append('\n');
            }
            out.append("      basis: ").append(a.basis()).append('\n');
        }
        out.append("Write rules (an organisation acts on its own data)\n");
        for (nl.gedeeldbeeld.policy.write.WriteRule w : c.writeRules().all()) {
            out.append("  ").append(w.action()).append(": ").append(w.id()).append(" — ").append(w.description());
            if (!w.roles().isEmpty()) {
                out.append("; roles ").append(sorted(w.roles()));
            }
            if (!w.purposes().isEmpty()) {
                out.append("; purposes ").append(sorted(w.purposes()));
            }
            out.append("; another's data: ").append(w.foreign());
            if (w.owningUnit()) {
                out.append("; owning unit only");
            }
            if (w.secondPerson()) {
                out.append("; second person");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The names, or "all" where the catalogue wrote it so: the reader sees the rule, not today's expansion. */
    private static String names(SharingAgreement a, String field, Collection<String> values) {
        return a.isForEveryone(field) ? "all " + (field.equals(SharingAgreement.PURPOSES) ? "purposes" : "organisations")
                : sorted(values).toString();
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
