package nl.gedeeldbeeld.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static nl.gedeeldbeeld.synth.TableMapping.Identity.OWN;
import static nl.gedeeldbeeld.synth.TableMapping.Identity.SHARED;
import static nl.gedeeldbeeld.synth.TableMapping.join;
import static nl.gedeeldbeeld.synth.TableMapping.literal;
import static nl.gedeeldbeeld.synth.TableMapping.ref;

/**
 * The municipality/RIEC view: companies screened under the Wet Bibob (horeca, real estate, transport permits)
 * with the KvK extract of their directors, shareholders and parent companies, one row per involvement.
 */
final class GemeenteView implements PartnerView {
    private static final PartnerSource SOURCE = PartnerSource.GEMEENTE;
    private static final List<String> HEADER = List.of("dossiernummer", "aanvraagsoort", "kvk_nummer", "rsin",
            "handelsnaam", "rechtsvorm", "sbi_code", "sbi_omschrijving", "datum_oprichting", "datum_opheffing",
            "straat", "huisnummer", "huisnummer_toevoeging", "postcode", "plaats", "betrokkene_nummer", "voornamen",
            "voorvoegsel", "geslachtsnaam", "geboortedatum", "functie", "bestuur_id", "aandeel_id",
            "aandeel_percentage", "moeder_kvk", "moeder_naam", "deelneming_id", "ingangsdatum");
    private static final String[] REQUESTS = {"exploitatievergunning horeca", "drank- en horecavergunning",
        "omgevingsvergunning", "vastgoedtransactie", "subsidieaanvraag", "aanbesteding"};

    private final World world;
    private final SplittableRandom rng;
    private final NoiseModel noise;
    private final Map<Integer, String> betrokkene = new HashMap<>();
    private long betrokkeneCounter;

    GemeenteView(World world) {
        this.world = world;
        this.rng = Seeds.stream(world.seed, "view-gemeente");
        this.noise = new NoiseModel(rng);
        this.betrokkeneCounter = 200_000 + rng.nextInt(100_000);
    }

    @Override
    public List<ManifestEntry> write(Path outDir, IdentityLedger ledger, ProgressListener progress)
            throws IOException {
        TableMapping mapping = new TableMapping("tsv")
                .entity("bedrijf", "Company", List.of("kvk_nummer"), "kvk", SHARED,
                        "name", "handelsnaam",
                        "kvkNumber", "kvk_nummer",
                        "rsinNumber", "rsin",
                        "legalForm", "rechtsvorm",
                        "sector", "sbi_omschrijving",
                        "incorporationDate", "datum_oprichting",
                        "dissolutionDate", "datum_opheffing",
                        "address", join("straat", "huisnummer", "huisnummer_toevoeging", "postcode", "plaats"),
                        "country", literal("nl"))
                .entity("betrokkene", "Person", List.of("betrokkene_nummer"), "", SHARED,
                        "name", join("voornamen", "voorvoegsel", "geslachtsnaam"),
                        "firstName", "voornamen",
                        "lastName", join("voorvoegsel", "geslachtsnaam"),
                        "birthDate", "geboortedatum")
                .entity("moeder", "Company", List.of("moeder_kvk"), "kvk", SHARED,
                        "name", "moeder_naam",
                        "kvkNumber", "moeder_kvk")
                .entity("bestuur", "Directorship", List.of("bestuur_id"), "", OWN,
                        "director", ref("betrokkene"),
                        "organization", ref("bedrijf"),
                        "role", "functie",
                        "startDate", "ingangsdatum")
                .entity("aandeel", "Ownership", List.of("aandeel_id"), "", OWN,
                        "owner", ref("betrokkene"),
                        "asset", ref("bedrijf"),
                        "percentage", "aandeel_percentage",
                        "startDate", "ingangsdatum")
                .entity("deelneming", "Ownership", List.of("deelneming_id"), "", OWN,
                        "owner", ref("moeder"),
                        "asset", ref("bedrijf"),
                        "percentage", "aandeel_percentage",
                        "startDate", "ingangsdatum");
        Companies co = world.companies;
        BitSet screened = new BitSet(co.size());
        for (int c = 0; c < co.size(); c++) {
            boolean planted = co.has(c, Companies.FRONT | Companies.CIRCULAR);
            boolean network = co.has(c, Companies.NETWORK);
            String provincie = world.catalogue.gemeenten.get(world.addresses.gemeente.get(co.address.get(c)))
                    .provincie();
            if (planted && rng.nextInt(100) < 90 || network && rng.nextInt(100) < 70
                    || provincie.equals("Zuid-Holland") && rng.nextInt(100) < 12) {
                screened.set(c);
            }
        }
        RelationIndex index = new RelationIndex(world);
        SourceIds order = new SourceIds(world.seed, "GEMEENTE");
        long dossier = 1_000 + rng.nextInt(1_000);
        long involvement = 0;
        try (MappedTable t = new MappedTable(outDir, "gemeente/bibob_inschrijvingen.tsv", HEADER, mapping, SOURCE,
                ledger, "Gemeente Rotterdam / RIEC: Bibob-screenings met KvK-uittreksel, een regel per betrokkene")) {
            int done = 0;
            int[] companies = order.scrambled(screened, 1);
            for (int c : companies) {
                dossier += 1 + rng.nextInt(5);
                String dossierId = "BIBOB-" + (2021 + rng.nextInt(4)) + "-" + IbanFactory.pad(dossier, 5);
                String request = REQUESTS[rng.nextInt(REQUESTS.length)];
                int[] relations = index.of(c);
                if (relations.length == 0) {
                    t.row(companyRow(c, dossierId, request), Companies.trueId(c), "", "", "", "", "");
                }
                for (int r : relations) {
                    String[] row = companyRow(c, dossierId, request);
                    involvement++;
                    String involvementId = dossierId + "/" + involvement;
                    Relations rel = world.relations;
                    int from = rel.from.get(r);
                    boolean owner = rel.kind.get(r) == Relations.OWNER;
                    row[27] = date(rel.start.get(r));
                    String personTrue = "";
                    String parentTrue = "";
                    if (Ref.isPerson(from)) {
                        personTrue = Population.trueId(Ref.index(from));
                        fillPerson(row, Ref.index(from));
                        row[20] = owner ? "aandeelhouder" : directorTitle(c);
                        if (owner) {
                            row[22] = involvementId;
                            row[23] = Integer.toString(rel.percentage.get(r));
                        } else {
                            row[21] = involvementId;
                        }
                    } else if (Ref.isCompany(from) && owner) {
                        parentTrue = Companies.trueId(Ref.index(from));
                        row[20] = "enig aandeelhouder";
                        row[23] = Integer.toString(rel.percentage.get(r));
                        row[24] = co.kvkNumber(Ref.index(from));
                        row[25] = noise.companyName(co.name.get(Ref.index(from)));
                        row[26] = involvementId;
                    } else {
                        continue;
                    }
                    boolean personDirector = !personTrue.isEmpty() && !owner;
                    boolean personOwner = !personTrue.isEmpty() && owner;
                    t.row(row, Companies.trueId(c), personTrue, parentTrue,
                            personDirector ? Relations.trueId(r) : "", personOwner ? Relations.trueId(r) : "",
                            parentTrue.isEmpty() ? "" : Relations.trueId(r));
                }
                if (++done % 2048 == 0) {
                    progress.progress("gemeente", done, companies.length);
                }
            }
            progress.progress("gemeente", companies.length, companies.length);
            return List.of(t.entry());
        }
    }

    private String directorTitle(int company) {
        return switch (world.companies.form(company)) {
            case EENMANSZAAK -> "eigenaar";
            case VOF -> "vennoot";
            case STICHTING -> "bestuurslid";
            case BV -> "statutair bestuurder";
        };
    }

    private String[] companyRow(int c, String dossierId, String request) {
        Companies co = world.companies;
        Adres a = world.addresses.get(co.address.get(c));
        Catalogue.Sector sector = world.catalogue.sectors.get(co.sector.get(c));
        String[] row = new String[HEADER.size()];
        java.util.Arrays.fill(row, "");
        row[0] = dossierId;
        row[1] = request;
        row[2] = co.kvkNumber(c);
        row[3] = co.rsinNumber(c);
        row[4] = noise.companyName(co.name.get(c));
        row[5] = co.form(c).label;
        row[6] = sector.sbi();
        row[7] = sector.omschrijving();
        row[8] = date(co.founded.get(c));
        row[9] = co.dissolved.get(c) == Companies.NO_DATE ? "" : date(co.dissolved.get(c));
        row[10] = a.straat();
        row[11] = Integer.toString(a.huisnummer());
        row[12] = a.toevoeging();
        row[13] = noise.postcode(a, 0.5);
        row[14] = a.plaats();
        return row;
    }

    private void fillPerson(String[] row, int person) {
        String id = betrokkene.get(person);
        if (id == null) {
            betrokkeneCounter += 1 + rng.nextInt(20);
            id = "BTR-" + betrokkeneCounter;
            betrokkene.put(person, id);
        }
        Population p = world.population;
        PersonName n = p.name(person);
        row[15] = id;
        row[16] = noise.maybeTypo(n.voornamen(), 0.02);
        row[17] = noise.chance(0.03) ? "" : n.tussenvoegsel();
        row[18] = noise.maybeTypo(n.stam(), 0.03);
        int born = p.birthDay.get(person);
        row[19] = noise.chance(0.7) ? DutchFormats.longDate(born) : DutchFormats.slashed(born);
    }

    private String date(int day) {
        return DutchFormats.longDate(day);
    }
}
