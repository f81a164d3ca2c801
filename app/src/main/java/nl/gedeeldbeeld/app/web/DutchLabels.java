package nl.gedeeldbeeld.app.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Dutch names of FollowTheMoney schemata and properties, and Dutch notation of dates and amounts: the one
 * place the web UI takes them from (templates through {@link Labels}, {@code ${@labels…}}). FtM's own names stay the
 * interchange contract, so pages show them as a tooltip beside the Dutch label. A name without a Dutch label is
 * shown as it is, never hidden.
 */
public final class DutchLabels {
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy", DUTCH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", DUTCH);
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private static final Map<String, String> SCHEMATA = Map.ofEntries(
            Map.entry("Thing", "Ding"), Map.entry("LegalEntity", "Rechtspersoon of persoon"),
            Map.entry("Person", "Persoon"), Map.entry("Company", "Bedrijf"), Map.entry("Organization", "Organisatie"),
            Map.entry("PublicBody", "Overheidsorgaan"), Map.entry("Address", "Adres"),
            Map.entry("BankAccount", "Bankrekening"), Map.entry("CryptoWallet", "Cryptowallet"),
            Map.entry("Vehicle", "Voertuig"), Map.entry("Vessel", "Schip"), Map.entry("Airplane", "Vliegtuig"),
            Map.entry("Payment", "Betaling"), Map.entry("Ownership", "Eigendom"), Map.entry("Directorship", "Bestuursfunctie"),
            Map.entry("Membership", "Lidmaatschap"), Map.entry("Employment", "Dienstverband"), Map.entry("Family", "Familieband"),
            Map.entry("Associate", "Relatie"), Map.entry("UnknownLink", "Onbekende koppeling"),
            Map.entry("Identification", "Identiteitsbewijs"), Map.entry("Passport", "Paspoort"), Map.entry("Sanction", "Sanctie"),
            Map.entry("Event", "Gebeurtenis"), Map.entry("Container", "Container"), Map.entry("Shipment", "Zending"),
            Map.entry("AccessPass", "Toegangspas"), Map.entry("RealEstate", "Onroerend goed"),
            Map.entry("Asset", "Vermogensbestanddeel"), Map.entry("Interval", "Verband"),
            Map.entry("Occupancy", "Functie"), Map.entry("Representation", "Vertegenwoordiging"),
            Map.entry("Succession", "Opvolging"), Map.entry("Debt", "Schuld"), Map.entry("Contract", "Contract"),
            Map.entry("Note", "Notitie"), Map.entry("Document", "Document"), Map.entry("Trip", "Reis"),
            Map.entry("Position", "Positie"), Map.entry("Security", "Effect"), Map.entry("Call", "Telefoongesprek"),
            Map.entry("Message", "Bericht"), Map.entry("Email", "E-mail"));

    /** By property name: FtM uses one name for one meaning across schemata, so one label fits. */
    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("id", "Id"), Map.entry("name", "Naam"), Map.entry("alias", "Alias"), Map.entry("previousName", "Eerdere naam"),
            Map.entry("weakAlias", "Bijnaam"), Map.entry("firstName", "Voornaam"), Map.entry("middleName", "Tweede voornaam"),
            Map.entry("lastName", "Achternaam"), Map.entry("fatherName", "Vadersnaam"), Map.entry("title", "Titel"),
            Map.entry("birthDate", "Geboortedatum"), Map.entry("birthPlace", "Geboorteplaats"),
            Map.entry("birthCountry", "Geboorteland"), Map.entry("deathDate", "Overlijdensdatum"),
            Map.entry("gender", "Geslacht"), Map.entry("nationality", "Nationaliteit"), Map.entry("citizenship", "Staatsburgerschap"),
            Map.entry("country", "Land"), Map.entry("jurisdiction", "Rechtsgebied"), Map.entry("mainCountry", "Hoofdland"),
            Map.entry("address", "Adres"), Map.entry("addressEntity", "Adres"), Map.entry("full", "Volledig adres"),
            Map.entry("street", "Straat"), Map.entry("street2", "Straat (vervolg)"), Map.entry("houseNumber", "Huisnummer"),
            Map.entry("postalCode", "Postcode"), Map.entry("city", "Plaats"), Map.entry("region", "Regio"),
            Map.entry("state", "Provincie"), Map.entry("phone", "Telefoonnummer"), Map.entry("email", "E-mailadres"),
            Map.entry("website", "Website"), Map.entry("passportNumber", "Paspoortnummer"), Map.entry("idNumber", "Identiteitsnummer"),
            Map.entry("taxNumber", "Fiscaal nummer"), Map.entry("vatCode", "Btw-nummer"), Map.entry("kvkNumber", "KvK-nummer"),
            Map.entry("rsinNumber", "RSIN"), Map.entry("registrationNumber", "Registratienummer"),
            Map.entry("incorporationDate", "Datum oprichting"), Map.entry("dissolutionDate", "Datum opheffing"),
            Map.entry("legalForm", "Rechtsvorm"), Map.entry("sector", "Sector"), Map.entry("status", "Status"),
            Map.entry("classification", "Classificatie"), Map.entry("summary", "Samenvatting"), Map.entry("description", "Omschrijving"),
            Map.entry("notes", "Aantekeningen"), Map.entry("sourceUrl", "Bron-URL"), Map.entry("topics", "Onderwerpen"),
            Map.entry("iban", "IBAN"), Map.entry("bic", "BIC"), Map.entry("swiftBic", "BIC"), Map.entry("bankName", "Bank"),
            Map.entry("accountNumber", "Rekeningnummer"), Map.entry("accountType", "Soort rekening"),
            Map.entry("balance", "Saldo"), Map.entry("holder", "Houder"), Map.entry("publicKey", "Publieke sleutel"),
            Map.entry("amount", "Bedrag"), Map.entry("amountEur", "Bedrag (EUR)"), Map.entry("currency", "Valuta"),
            Map.entry("date", "Datum"), Map.entry("startDate", "Begindatum"), Map.entry("endDate", "Einddatum"),
            Map.entry("recordId", "Registratienummer"), Map.entry("purpose", "Omschrijving"), Map.entry("programme", "Programma"),
            Map.entry("payer", "Betaler"), Map.entry("payerAccount", "Rekening betaler"), Map.entry("beneficiary", "Begunstigde"),
            Map.entry("beneficiaryAccount", "Rekening begunstigde"), Map.entry("owner", "Eigenaar"), Map.entry("asset", "Bezit"),
            Map.entry("percentage", "Aandeel (%)"), Map.entry("sharesCount", "Aantal aandelen"), Map.entry("role", "Rol"),
            Map.entry("director", "Bestuurder"), Map.entry("organization", "Organisatie"), Map.entry("member", "Lid"),
            Map.entry("employee", "Werknemer"), Map.entry("employer", "Werkgever"), Map.entry("person", "Persoon"),
            Map.entry("relative", "Familielid"), Map.entry("relationship", "Verband"), Map.entry("associate", "Relatie"),
            Map.entry("subject", "Betrokkene"), Map.entry("object", "Object"), Map.entry("entity", "Entiteit"),
            Map.entry("authority", "Instantie"), Map.entry("reason", "Reden"), Map.entry("type", "Soort"),
            Map.entry("model", "Model"), Map.entry("make", "Merk"), Map.entry("owner_", "Eigenaar"),
            Map.entry("buildDate", "Bouwjaar"), Map.entry("imoNumber", "IMO-nummer"), Map.entry("flag", "Vlag"),
            Map.entry("callSign", "Roepnaam"), Map.entry("tonnage", "Tonnage"), Map.entry("containerNumber", "Containernummer"),
            Map.entry("shipper", "Verzender"), Map.entry("consignee", "Ontvanger"), Map.entry("vessel", "Schip"),
            Map.entry("portOfLoading", "Laadhaven"), Map.entry("portOfDischarge", "Loshaven"), Map.entry("zone", "Zone"),
            Map.entry("passNumber", "Pasnummer"), Map.entry("validFrom", "Geldig vanaf"), Map.entry("validUntil", "Geldig tot"),
            Map.entry("location", "Locatie"), Map.entry("involved", "Betrokkenen"), Map.entry("organizer", "Organisator"),
            Map.entry("createdAt", "Aangemaakt"), Map.entry("modifiedAt", "Gewijzigd"), Map.entry("retrievedAt", "Opgehaald"),
            Map.entry("publisher", "Uitgever"), Map.entry("program", "Programma"), Map.entry("listingDate", "Datum vermelding"),
            Map.entry("education", "Opleiding"), Map.entry("religion", "Religie"), Map.entry("ethnicity", "Etniciteit"),
            Map.entry("position", "Functie"), Map.entry("political", "Politieke functie"), Map.entry("keywords", "Trefwoorden"),
            Map.entry("capital", "Kapitaal"), Map.entry("opencorporatesUrl", "OpenCorporates-URL"),
            Map.entry("containersShipped", "Verscheepte containers"), Map.entry("containersReceived", "Ontvangen containers"),
            Map.entry("accessPassesSponsored", "Toegangspassen van werknemers"));

    private DutchLabels() {
    }

    /** The Dutch name of a schema, or the FtM name when there is none. */
    public static String schema(String ftmName) {
        return SCHEMATA.getOrDefault(ftmName, ftmName);
    }

    /** The Dutch name of a property, or the FtM name when there is none. */
    public static String property(String ftmName) {
        return PROPERTIES.getOrDefault(ftmName, ftmName);
    }

    /** Whether a Dutch label exists (for tests that want every name the demo world uses covered). */
    public static boolean hasSchema(String ftmName) {
        return SCHEMATA.containsKey(ftmName);
    }

    public static boolean hasProperty(String ftmName) {
        return PROPERTIES.containsKey(ftmName);
    }

    /** A date as the Dutch write it: 07-12-2026; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A moment as a Dutch date and time in Amsterdam: 07-12-2026 05:12. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(LocalDateTime.ofInstant(instant, AMSTERDAM));
    }

    /**
     * A stored ISO date value (2026-12-07, 2026-12, 2026, or with a time) in Dutch notation (07-12-2026,
     * 12-2026, 2026); anything else as it is.
     */
    public static String isoDate(String value) {
        if (value == null) {
            return "";
        }
        try {
            if (value.length() >= 10 && ISO_DAY.matcher(value.substring(0, 10)).matches()) {
                return DAY.format(LocalDate.parse(value.substring(0, 10)));
            }
        } catch (DateTimeParseException e) {
            return value;
        }
        var month = ISO_MONTH.matcher(value);
        if (month.matches()) {
            return month.group(2) + "-" + month.group(1);
        }
        return value;
    }

    /** A stored amount (1234.5) in Dutch notation (1.234,50); anything else as it is. */
    public static String amount(String value) {
        return parseDecimal(value).map(DutchLabels::amount).orElse(value == null ? "" : value);
    }

    public static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH));
        return format.format(value);
    }

    /** A count or number in Dutch notation (12.345; 12,5). */
    public static String number(Number value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(DUTCH));
        return format.format(value);
    }

    private static Optional<BigDecimal> parseDecimal(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
