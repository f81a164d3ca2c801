package nl.gedeeldbeeld.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.model.entity.EntityRecord;

/**
 * Maps one goAML report to FollowTheMoney entities, all or nothing: a report with any structural
 * problem (a transaction without number, amount, date, payer or payee side; an unknown report code; an
 * element holding elements where a value belongs) becomes one unreadable record that names every problem.
 *
 * <p>Each {@code <transaction>} becomes a {@code Payment}; accounts become {@code BankAccount}s, persons
 * {@code Person}s, entities {@code Company} (or {@code Organization} for a foundation or association),
 * account holders and signatories an {@code Ownership} of the account. The report itself becomes a
 * {@code Note} whose {@code entity} names its payments: the reporting institution, report code, indicators
 * and the reason (why the transaction is unusual) stay with the transactions they concern. The mapping
 * table is in docs/goaml.md.
 *
 * <p>Ids are derived from the report's own keys, so importing a report again yields the same entities:
 * a payment by reporting institution and transaction number; an account by IBAN (else institution and
 * account number); a person by BSN, passport or id number and a company by its registration number, and
 * without such a number only within its report (by name and birth date) — two reports naming a "J. de
 * Vries" are left to entity resolution rather than merged here.
 */
final class GoamlReportMapper {
    /**
     * goAML report types this importer takes: FIU-Nederland's unusual-transaction report (UTR) and the
     * UNODC standard types. Another code is a report of a kind we cannot say under which obligation it
     * was filed, so it is quarantined rather than guessed.
     */
    static final Set<String> REPORT_CODES = Set.of("UTR", "STR", "SAR", "CTR", "EFT", "IFT", "AIF", "AIFT");

    private static final ZoneId LEGAL_TIME = ZoneId.of("Europe/Amsterdam");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{10,30}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern KVK = Pattern.compile("[0-9]{8}");

    private final String fileName;

    GoamlReportMapper(String fileName) {
        this.fileName = fileName;
    }

    /**
     * @param index the report's position in the file (1-based), for messages
     * @param line  where the report's start tag is
     */
    SourceRecord map(int index, long line, GoamlElement report, String raw) {
        return new OneReport(index, line, report, raw).map();
    }

    /** The state of mapping one report: its problems and the entities found so far, merged by id. */
    private final class OneReport {
        private final int index;
        private final long line;
        private final GoamlElement report;
        private final String raw;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Draft> entities = new LinkedHashMap<>();
        private String reportId = "";

        OneReport(int index, long line, GoamlElement report, String raw) {
            this.index = index;
            this.line = line;
            this.report = report;
            this.raw = raw;
        }

        SourceRecord map() {
            String rentityId = value(report, "rentity_id", "report").orElse("");
            if (rentityId.isEmpty()) {
                problems.add("report has no rentity_id (the reporting institution)");
            }
            Optional<String> submissionCode = value(report, "submission_code", "report");
            if (submissionCode.isEmpty()) {
                problems.add("report has no submission_code");
            } else if (!submissionCode.get().equals("E") && !submissionCode.get().equals("M")) {
                problems.add("submission_code '" + submissionCode.get() + "' must be E (electronic) or M (manual)");
            }
            Optional<String> reportCode = value(report, "report_code", "report").map(c -> c.toUpperCase(Locale.ROOT));
            if (reportCode.isEmpty()) {
                problems.add("report has no report_code");
            } else if (!REPORT_CODES.contains(reportCode.get())) {
                problems.add("unknown report_code '" + reportCode.get() + "'; known codes: "
                        + String.join(", ", REPORT_CODES.stream().sorted().toList()));
            }
            Optional<String> submissionDate = value(report, "submission_date", "report");
            Optional<Instant> submitted = Optional.empty();
            if (submissionDate.isEmpty()) {
                problems.add("report has no submission_date");
            } else {
                submitted = instant(submissionDate.get());
                if (submitted.isEmpty()) {
                    problems.add("submission_date '" + submissionDate.get() + "' is not a date-time such as 2024-03-01T14:30:00");
                }
            }
            Optional<String> currency = value(report, "currency_code_local", "report");
            if (currency.isEmpty()) {
                problems.add("report has no currency_code_local (the currency of amount_local)");
            }
            Optional<String> reference = value(report, "entity_reference", "report");
            reportId = "goaml-report:" + rentityId + ":" + reference.orElseGet(() -> FileFingerprint.sha256(
                    raw.getBytes(StandardCharsets.UTF_8)).substring(0, 20));
            Optional<String> reason = value(report, "reason", "report");
            Optional<String> branch = value(report, "rentity_branch", "report");
            Optional<String> action = value(report, "action", "report");

            List<GoamlElement> transactions = report.children("transaction");
            if (transactions.isEmpty()) {
                problems.add(report.child("activity").isPresent()
                        ? "activity reports (report_parties without transactions) are not imported; only transaction reports"
                        : "report has no transaction");
            }
            List<String> payments = new ArrayList<>();
            List<String> conductors = new ArrayList<>();
            Set<String> numbers = new HashSet<>();
            for (int i = 0; i < transactions.size(); i++) {
                transaction(transactions.get(i), i + 1, rentityId, currency.orElse(""), reason, numbers, payments, conductors);
            }
            if (!problems.isEmpty()) {
                return new SourceRecord.Unreadable(line, raw, prefix() + String.join("; ", problems));
            }

            Draft note = draft(reportId, "Note", "report");
            note.add("name", reportCode.orElseThrow() + " " + reference.orElse(submissionDate.orElseThrow()));
            note.add("createdAt", submissionDate.orElseThrow());
            note.add("publisher", rentityId + branch.map(b -> " / " + b).orElse(""));
            note.add("keywords", reportCode.orElseThrow());
            report.child("report_indicators").ifPresent(indicators ->
                    indicators.children("indicator").forEach(ind -> note.add("keywords", ind.text())));
            reason.ifPresent(r -> note.add("description", r));
            action.ifPresent(a -> note.add("summary", a));
            payments.forEach(p -> note.add("entity", p));
            conductors.forEach(c -> note.add("entity", c));

            List<SourceEntity> result = new ArrayList<>(entities.size());
            String location = fileName + ": line " + line + ": report " + index;
            entities.forEach((id, d) -> result.add(new SourceEntity(prefix() + d.label,
                    new EntityRecord(id, d.schema, d.properties, location))));
            return new SourceRecord.Parsed(line, raw, result, submitted);
        }

        private String prefix() {
            return "report " + index + ": ";
        }

        private void transaction(GoamlElement tx, int position, String rentityId, String currency, Optional<String> reason,
                                 Set<String> numbers, List<String> payments, List<String> conductors) {
            String where = "transaction " + position;
            int before = problems.size();
            Optional<String> number = value(tx, "transactionnumber", where);
            if (number.isEmpty()) {
                problems.add(where + " has no transactionnumber");
            } else {
                where = "transaction " + position + " (" + number.get() + ")";
                if (!numbers.add(number.get())) {
                    problems.add(where + ": transactionnumber appears twice in the report");
                }
            }
            Optional<String> date = value(tx, "date_transaction", where);
            if (date.isEmpty()) {
                problems.add(where + " has no date_transaction");
            } else if (instant(date.get()).isEmpty()) {
                problems.add(where + ": date_transaction '" + date.get() + "' is not a date-time such as 2024-03-01T14:30:00");
            }
            Optional<String> amount = value(tx, "amount_local", where);
            if (amount.isEmpty()) {
                problems.add(where + " has no amount_local");
            } else if (decimal(amount.get()).isEmpty()) {
                problems.add(where + ": amount_local '" + amount.get() + "' is not a decimal number such as 1250.00 "
                        + "(goAML writes a point before the cents and no thousands separator)");
            }
            Optional<GoamlElement> from = side(tx, "t_from", where);
            Optional<GoamlElement> to = side(tx, "t_to", where);
            if (problems.size() > before) {
                return;
            }
            String label = "transaction " + number.orElseThrow();
            Party payer = party(from.orElseThrow(), "from", label, conductors);
            Party payee = party(to.orElseThrow(), "to", label, conductors);
            if (problems.size() > before) {
                return;
            }
            String paymentId = "goaml-tx:" + rentityId + ":" + number.orElseThrow();
            Draft payment = draft(paymentId, "Payment", label);
            payment.add("transactionNumber", number.orElseThrow());
            payment.add("date", date.orElseThrow());
            payment.add("amount", decimal(amount.orElseThrow()).orElseThrow().toPlainString());
            payment.add("currency", currency);
            String at = where;
            value(tx, "transaction_description", at).ifPresent(d -> payment.add("purpose", d));
            reason.ifPresent(r -> payment.add("description", r));
            value(tx, "internal_ref_number", at).ifPresent(r -> payment.add("recordId", r));
            value(tx, "transmode_code", at).ifPresent(code -> payment.add("summary", "transmode_code " + code
                    + value(tx, "transmode_comment", at).map(c -> ": " + c).orElse("")));
            payer.legalEntity.ifPresent(p -> payment.add("payer", p));
            payer.account.ifPresent(a -> payment.add("payerAccount", a));
            payee.legalEntity.ifPresent(p -> payment.add("beneficiary", p));
            payee.account.ifPresent(a -> payment.add("beneficiaryAccount", a));
            payments.add(paymentId);
        }

        /** Exactly one of {@code t_from} / {@code t_from_my_client} (or the {@code t_to} pair). */
        private Optional<GoamlElement> side(GoamlElement tx, String name, String where) {
            List<GoamlElement> found = new ArrayList<>(tx.children(name));
            found.addAll(tx.children(name + "_my_client"));
            if (found.isEmpty()) {
                problems.add(where + " has no " + name + " or " + name + "_my_client (" + (name.equals("t_from")
                        ? "who paid" : "who was paid") + ")");
                return Optional.empty();
            }
            if (found.size() > 1) {
                problems.add(where + " has " + found.size() + " " + name + "/" + name + "_my_client elements; one is expected");
                return Optional.empty();
            }
            return Optional.of(found.get(0));
        }

        /** The party and account of one side: {@code from_account}, {@code from_person} or {@code from_entity}. */
        private Party party(GoamlElement side, String direction, String label, List<String> conductors) {
            String where = label + " " + side.name();
            side.child("t_conductor").flatMap(c -> person(c, label + " t_conductor")).ifPresent(conductors::add);
            Optional<String> country = value(side, direction + "_country", where);
            Optional<GoamlElement> account = side.child(direction + "_account");
            if (account.isPresent()) {
                return account(account.get(), label + " " + direction + "_account", country);
            }
            Optional<GoamlElement> person = side.child(direction + "_person");
            if (person.isPresent()) {
                return new Party(person(person.get(), label + " " + direction + "_person"), Optional.empty());
            }
            Optional<GoamlElement> entity = side.child(direction + "_entity");
            if (entity.isPresent()) {
                return new Party(entity(entity.get(), label + " " + direction + "_entity"), Optional.empty());
            }
            problems.add(where + " has none of " + direction + "_account, " + direction + "_person, " + direction + "_entity");
            return new Party(Optional.empty(), Optional.empty());
        }

        private Party account(GoamlElement account, String label, Optional<String> country) {
            Optional<String> number = value(account, "account", label);
            Optional<String> iban = value(account, "iban", label)
                    .or(() -> number.filter(n -> IBAN_SHAPE.matcher(n.replace(" ", "")).matches()));
            Optional<String> institution = value(account, "swift", label).or(() -> value(account, "institution_code", label))
                    .or(() -> value(account, "institution_name", label));
            String id;
            if (iban.isPresent()) {
                id = "iban:" + compact(iban.get());
            } else if (number.isPresent()) {
                id = "goaml-account:" + institution.map(GoamlReportMapper::key).orElse("") + ":" + compact(number.get());
            } else {
                problems.add(label + " has neither account nor iban");
                return new Party(Optional.empty(), Optional.empty());
            }
            Draft d = draft(id, "BankAccount", label);
            iban.ifPresent(v -> d.add("iban", v));
            number.ifPresent(v -> d.add("accountNumber", v));
            value(account, "institution_name", label).ifPresent(v -> d.add("bankName", v));
            value(account, "swift", label).ifPresent(v -> d.add("bic", v));
            value(account, "currency_code", label).ifPresent(v -> d.add("currency", v));
            value(account, "account_name", label).ifPresent(v -> d.add("name", v));
            value(account, "personal_account_type", label).ifPresent(v -> d.add("accountType", v));
            value(account, "opened", label).ifPresent(v -> d.add("openingDate", datePart(v)));
            value(account, "closed", label).ifPresent(v -> d.add("closingDate", datePart(v)));
            value(account, "balance", label).ifPresent(v -> d.add("balance", v));
            value(account, "date_balance", label).ifPresent(v -> d.add("balanceDate", datePart(v)));
            country.ifPresent(v -> d.add("country", v));

            // The holder: the entity the account is in the name of, else its primary (or first) signatory.
            Optional<String> holder = account.child("t_entity").flatMap(e -> entity(e, label + " t_entity"));
            holder.ifPresent(h -> ownership(id, h, "account holder", label));
            Optional<String> primary = Optional.empty();
            Optional<String> first = Optional.empty();
            for (GoamlElement signatory : account.children("signatory")) {
                Optional<String> person = signatory.child("t_person").flatMap(p -> person(p, label + " signatory"));
                if (person.isEmpty()) {
                    continue;
                }
                boolean isPrimary = value(signatory, "is_primary", label).map(v -> v.equalsIgnoreCase("true") || v.equals("1"))
                        .orElse(false);
                ownership(id, person.get(), "signatory" + (isPrimary ? " (primary)" : "")
                        + value(signatory, "role", label).map(r -> ", role " + r).orElse(""), label);
                first = first.or(() -> person);
                if (isPrimary && primary.isEmpty()) {
                    primary = person;
                }
            }
            Optional<String> payer = holder.isPresent() ? holder : primaryFirst(primary, first);
            return new Party(payer, Optional.of(id));
        }

        private void ownership(String accountId, String ownerId, String role, String label) {
            Draft d = draft(accountId + ":owner:" + ownerId, "Ownership", label + " holder");
            d.add("owner", ownerId);
            d.add("asset", accountId);
            d.add("role", role);
        }

        private Optional<String> person(GoamlElement p, String label) {
            Optional<String> first = value(p, "first_name", label);
            Optional<String> middle = value(p, "middle_name", label);
            Optional<String> prefix = value(p, "prefix", label);
            Optional<String> last = value(p, "last_name", label);
            String name = join(first, middle, prefix, last);
            if (name.isEmpty()) {
                problems.add(label + " has neither first_name nor last_name");
                return Optional.empty();
            }
            Optional<String> birth = value(p, "birthdate", label).map(GoamlReportMapper::datePart);
            Optional<String> ssn = value(p, "ssn", label);
            Optional<String> passport = value(p, "passport_number", label);
            Optional<String> idNumber = value(p, "id_number", label);
            String id;
            if (ssn.isPresent()) {
                id = "goaml-person:ssn:" + compact(ssn.get());
            } else if (passport.isPresent()) {
                id = "goaml-person:passport:" + value(p, "passport_country", label).map(GoamlReportMapper::key).orElse("")
                        + ":" + compact(passport.get());
            } else if (idNumber.isPresent()) {
                id = "goaml-person:id:" + compact(idNumber.get());
            } else {
                id = reportId + ":person:" + key(name) + "|" + birth.orElse("");
            }
            Draft d = draft(id, "Person", label);
            d.add("name", name);
            first.ifPresent(v -> d.add("firstName", v));
            middle.ifPresent(v -> d.add("middleName", v));
            String lastName = join(prefix, last);
            if (!lastName.isEmpty()) {
                d.add("lastName", lastName);
            }
            value(p, "title", label).ifPresent(v -> d.add("title", v));
            value(p, "gender", label).flatMap(GoamlReportMapper::gender).ifPresent(v -> d.add("gender", v));
            birth.ifPresent(v -> d.add("birthDate", v));
            value(p, "birth_place", label).ifPresent(v -> d.add("birthPlace", v));
            value(p, "mothers_name", label).ifPresent(v -> d.add("motherName", v));
            value(p, "alias", label).ifPresent(v -> d.add("alias", v));
            ssn.ifPresent(v -> d.add("socialSecurityNumber", v));
            passport.ifPresent(v -> d.add("passportNumber", v));
            idNumber.ifPresent(v -> d.add("idNumber", v));
            for (String n : List.of("nationality1", "nationality2", "nationality3")) {
                value(p, n, label).ifPresent(v -> d.add("nationality", v));
            }
            value(p, "residence", label).ifPresent(v -> d.add("country", v));
            p.children("email").forEach(e -> d.add("email", e.text()));
            value(p, "occupation", label).ifPresent(v -> d.add("position", v));
            value(p, "tax_number", label).ifPresent(v -> d.add("taxNumber", v));
            p.children("identification").forEach(i -> i.child("number").ifPresent(n -> d.add("idNumber", n.text())));
            contact(p, d);
            return Optional.of(id);
        }

        private Optional<String> entity(GoamlElement e, String label) {
            Optional<String> name = value(e, "name", label);
            if (name.isEmpty()) {
                problems.add(label + " has no name");
                return Optional.empty();
            }
            Optional<String> form = value(e, "incorporation_legal_form", label);
            Optional<String> number = value(e, "incorporation_number", label);
            Optional<String> country = value(e, "incorporation_country_code", label);
            String id = number.map(n -> "goaml-entity:" + country.map(GoamlReportMapper::key).orElse("nl") + ":" + compact(n))
                    .orElseGet(() -> reportId + ":entity:" + key(name.get()));
            Draft d = draft(id, form.map(GoamlReportMapper::isOrganisation).orElse(false) ? "Organization" : "Company", label);
            d.add("name", name.get());
            value(e, "commercial_name", label).ifPresent(v -> d.add("alias", v));
            form.ifPresent(v -> d.add("legalForm", v));
            number.ifPresent(v -> d.add("registrationNumber", v));
            // FIU-NL's reporters are Dutch: a Dutch (or unstated) registration of eight digits is a KvK number.
            if (number.isPresent() && country.map(c -> c.equalsIgnoreCase("NL")).orElse(true)
                    && KVK.matcher(compact(number.get())).matches()) {
                d.add("kvkNumber", number.get());
            }
            country.ifPresent(v -> d.add("jurisdiction", v));
            value(e, "business", label).ifPresent(v -> d.add("sector", v));
            e.children("email").forEach(m -> d.add("email", m.text()));
            value(e, "url", label).ifPresent(v -> d.add("website", v));
            value(e, "incorporation_date", label).ifPresent(v -> d.add("incorporationDate", datePart(v)));
            value(e, "date_business_closed", label).ifPresent(v -> d.add("dissolutionDate", datePart(v)));
            value(e, "tax_number", label).ifPresent(v -> d.add("taxNumber", v));
            contact(e, d);
            return Optional.of(id);
        }

        /** Phones and addresses, the same under persons and entities. */
        private void contact(GoamlElement holder, Draft d) {
            holder.child("phones").ifPresent(phones -> phones.children("phone").forEach(phone -> {
                Optional<String> number = phone.child("tph_number").map(GoamlElement::text).filter(t -> !t.isEmpty());
                number.ifPresent(n -> d.add("phone", phone.child("tph_country_prefix").map(GoamlElement::text)
                        .filter(t -> !t.isEmpty()).map(prefix -> international(prefix, n)).orElse(n)));
            }));
            holder.child("addresses").ifPresent(addresses -> addresses.children("address").forEach(address -> {
                String street = address.child("address").map(GoamlElement::text).orElse("");
                String zip = address.child("zip").map(GoamlElement::text).orElse("");
                String town = address.child("city").map(GoamlElement::text).filter(t -> !t.isEmpty())
                        .or(() -> address.child("town").map(GoamlElement::text)).orElse("");
                String country = address.child("country_code").map(GoamlElement::text).orElse("");
                String full = String.join(", ", List.of(street, (zip + " " + town).strip(), country).stream()
                        .filter(s -> !s.isEmpty()).toList());
                d.add("address", full);
            }));
        }

        /**
         * The text of a child that holds a value; an element holding elements there, or repeated, is a
         * problem (a well-formed report that is not goAML-shaped).
         */
        private Optional<String> value(GoamlElement parent, String name, String where) {
            List<GoamlElement> found = parent.children(name);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            if (found.size() > 1) {
                problems.add(where + ": <" + name + "> appears " + found.size() + " times; one is expected");
                return Optional.empty();
            }
            GoamlElement element = found.get(0);
            if (!element.children().isEmpty()) {
                problems.add(where + ": <" + name + "> (line " + element.line() + ") holds elements where a value belongs");
                return Optional.empty();
            }
            return element.text().isEmpty() ? Optional.empty() : Optional.of(element.text());
        }

        private Draft draft(String id, String schema, String label) {
            return entities.computeIfAbsent(id, k -> new Draft(schema, label));
        }
    }

    private static Optional<String> primaryFirst(Optional<String> primary, Optional<String> first) {
        return primary.or(() -> first);
    }

    private record Party(Optional<String> legalEntity, Optional<String> account) {
    }

    /** An entity being assembled; a second mention of the same id adds its values to the first. */
    private static final class Draft {
        final String schema;
        final String label;
        final Map<String, List<String>> properties = new LinkedHashMap<>();

        Draft(String schema, String label) {
            this.schema = schema;
            this.label = label;
        }

        void add(String property, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            List<String> values = properties.computeIfAbsent(property, k -> new ArrayList<>(1));
            if (!values.contains(value)) {
                values.add(value);
            }
        }
    }

    /** An xs:dateTime (or xs:date) as an instant, read in Dutch legal time when it has no offset. */
    static Optional<Instant> instant(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(LEGAL_TIME).toInstant());
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException notOffset) {
                try {
                    return Optional.of(LocalDate.parse(text).atStartOfDay(LEGAL_TIME).toInstant());
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
    }

    /** An xs:decimal: digits with an optional point, no grouping, no exponent. */
    private static Optional<BigDecimal> decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** Birth dates and the like are xs:dateTime in goAML with a meaningless time ("1980-06-24T00:00:00"). */
    private static String datePart(String text) {
        return text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    }

    private static Optional<String> gender(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "M" -> Optional.of("male");
            case "F", "V" -> Optional.of("female");
            default -> Optional.empty();
        };
    }

    private static boolean isOrganisation(String legalForm) {
        String form = legalForm.toLowerCase(Locale.ROOT);
        return form.contains("stichting") || form.contains("vereniging") || form.contains("kerkgenootschap")
                || form.contains("foundation") || form.contains("association");
    }

    /** "+31" and "612345678" as "+31612345678"; a national number's leading 0 goes. */
    private static String international(String prefix, String number) {
        String country = prefix.replaceAll("[^0-9]", "").replaceFirst("^00", "");
        String national = number.replaceAll("[^0-9]", "").replaceFirst("^0", "");
        return country.isEmpty() ? number : "+" + country + national;
    }

    private static String join(Optional<?>... parts) {
        StringBuilder out = new StringBuilder();
        for (Optional<?> part : parts) {
            part.ifPresent(p -> out.append(out.length() > 0 ? " " : "").append(p));
        }
        return out.toString();
    }

    private static String compact(String identifier) {
        return SEPARATORS.matcher(identifier).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String key(String text) {
        return WHITE_SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
