package nl.gedeeldbeeld.app.workbench;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.policy.Organisation;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.springframework.stereotype.Component;

/**
 * Dutch words for the codes the work screens show ({@code ${@werkbank.verdict(j.verdict())}} in a template):
 * verdicts, statuses, organisations and moments in Dutch time, so no page shows an English enum name.
 */
@Component("werkbank")
public class WorkbenchLabels {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));
    private final PolicyCatalogue catalogue;

    WorkbenchLabels(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public String verdict(Object verdict) {
        return switch (String.valueOf(verdict)) {
            case "MATCH" -> "dezelfde persoon";
            case "NO_MATCH" -> "niet dezelfde persoon";
            case "UNSURE" -> "onzeker";
            default -> String.valueOf(verdict);
        };
    }

    public String status(Object status) {
        return switch (String.valueOf(status)) {
            case "PENDING" -> "wacht op toestemming";
            case "APPLIED" -> "geldt";
            case "REFUSED" -> "geweigerd";
            case "PENDING_APPROVAL" -> "wacht op goedkeuring door een tweede persoon";
            case "APPROVED" -> "goedgekeurd";
            case "REJECTED" -> "afgewezen";
            default -> String.valueOf(status);
        };
    }

    /** The status of a request for information. */
    public String requestStatus(Object status) {
        return switch (String.valueOf(status)) {
            case "OPEN" -> "wacht op antwoord van de partner";
            case "PROVIDED" -> "verstrekt";
            case "REFUSED" -> "geweigerd";
            default -> String.valueOf(status);
        };
    }

    public String trigger(Object trigger) {
        return switch (String.valueOf(trigger)) {
            case "LOOKUP" -> "profiel geopend";
            case "SEARCH_HIT" -> "gevonden bij zoeken";
            case "NETWORK_EXPANSION" -> "bereikt in een netwerk";
            case "EXPORT" -> "genoemd in een export";
            default -> String.valueOf(trigger);
        };
    }

    /** A retention period in Dutch words, e.g. "5 jaar en 6 maanden". */
    public String period(java.time.Period p) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(p.getYears() + " jaar");
        }
        if (p.getMonths() != 0) {
            parts.add(p.getMonths() + (p.getMonths() == 1 ? " maand" : " maanden"));
        }
        if (p.getDays() != 0) {
            parts.add(p.getDays() + (p.getDays() == 1 ? " dag" : " dagen"));
        }
        return parts.isEmpty() ? "geen" : String.join(" en ", parts);
    }

    /** A feature of the resolution model in Dutch (the model names them in English). */
    public String feature(String label) {
        return switch (label) {
            case "given name" -> "voornaam";
            case "surname" -> "achternaam";
            case "birth date" -> "geboortedatum";
            case "street number" -> "huisnummer";
            case "street" -> "straat";
            case "locality" -> "woonplaats";
            case "postcode" -> "postcode";
            case "identifier" -> "identificatienummer";
            case "bank account" -> "bankrekening";
            case "company" -> "bedrijf";
            default -> label;
        };
    }

    public String organisation(String code) {
        return catalogue.organisation(code).map(Organisation::name).orElse(code);
    }

    public String organisations(Collection<String> codes) {
        return codes.stream().map(this::organisation).collect(Collectors.joining(", "));
    }

    public String purpose(String code) {
        return catalogue.purpose(code).map(p -> p.name()).orElse(code);
    }

    public String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    public String score(double score) {
        return Double.isNaN(score) ? "niet getoond" : String.format(Locale.forLanguageTag("nl"), "%.2f", score);
    }
}
