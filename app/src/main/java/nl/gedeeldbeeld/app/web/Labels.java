package nl.gedeeldbeeld.app.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.provenance.ReliabilityScale;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.Organisation;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Purpose;
import org.springframework.stereotype.Component;

/**
 * Dutch labels for templates: {@code ${@labels.schema('Person')}} gives "Persoon", {@code @labels.value(s)} a
 * statement's value in Dutch notation (dates 07-12-2026, amounts 1.234,50), and partners, legal regimes,
 * purposes and reliability grades by their names in the catalogue instead of their codes. The maps themselves
 * are in {@link DutchLabels}.
 */
@Component("labels")
public class Labels {
    private final PolicyCatalogue catalogue;
    private final SchemaRegistry schemas;
    private final ReliabilityScale grades = ReliabilityScale.standard();

    Labels(PolicyCatalogue catalogue, SchemaRegistry schemas) {
        this.catalogue = catalogue;
        this.schemas = schemas;
    }

    public String schema(String ftmName) {
        return DutchLabels.schema(ftmName);
    }

    public String property(String ftmName) {
        return DutchLabels.property(ftmName);
    }

    /** A value of a property of a schema in Dutch notation, by the property's value type. */
    public String value(String schema, String property, String value) {
        var s = schemas.schema(schema);
        if (s.isEmpty()) {
            return value;
        }
        var p = schemas.property(s.get(), property);
        if (p.isEmpty()) {
            return value;
        }
        return switch (schemas.valueType(s.get(), p.get()).code()) {
            case "date" -> DutchLabels.isoDate(value);
            case "amount" -> DutchLabels.amount(value);
            case "number" -> number(value);
            default -> value;
        };
    }

    /** Whether the property's values are references to other entities (shown as links, not as ids). */
    public boolean isReference(String schema, String property) {
        var s = schemas.schema(schema);
        return s.isPresent() && schemas.property(s.get(), property)
                .map(p -> schemas.valueType(s.get(), p).code().equals("entity")).orElse(false);
    }

    /** A statement's value in Dutch notation. */
    public String value(nl.gedeeldbeeld.model.statement.Statement statement) {
        return statement.notNormalised() ? statement.value()
                : value(statement.schema(), statement.property(), statement.value());
    }

    /** The organisation's name for a partner code, or the code when the catalogue does not know it. */
    public String partner(String code) {
        return catalogue.organisation(code).map(Organisation::name).orElse(code);
    }

    /** The organisations' names, sorted and joined with commas. */
    public String partners(java.util.Collection<String> codes) {
        return codes.stream().map(this::partner).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    /** The regime's name ("Wpg art. 8 — dagelijkse politietaak"), or the code. */
    public String regime(String code) {
        return catalogue.regimes().find(code).map(r -> r.name()).orElse(code);
    }

    public String purpose(String code) {
        return catalogue.purpose(code).map(Purpose::name).orElse(code);
    }

    /** "B2 — Meestal betrouwbaar; waarschijnlijk waar" style description of a grade. */
    public String reliability(Reliability grade) {
        return grades.describe(grade);
    }

    public String date(LocalDate date) {
        return DutchLabels.date(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DutchLabels.date(LocalDate.ofInstant(instant, DutchLabels.AMSTERDAM));
    }

    public String dateTime(Instant instant) {
        return DutchLabels.dateTime(instant);
    }

    public String number(Number n) {
        return DutchLabels.number(n);
    }

    private static String number(String value) {
        try {
            return DutchLabels.number(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
