package nl.gedeeldbeeld.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

import static nl.gedeeldbeeld.synth.TableMapping.Identity.OWN;
import static nl.gedeeldbeeld.synth.TableMapping.Identity.SHARED;
import static nl.gedeeldbeeld.synth.TableMapping.literal;
import static nl.gedeeldbeeld.synth.TableMapping.ref;

/**
 * The port view: access passes of people working on the terminals, and container arrivals with shipper,
 * consignee and vessel. Port workers in the networks hold passes; network importers receive containers
 * from the usual source countries.
 */
final class HavenView implements PartnerView {
    private static final PartnerSource SOURCE = PartnerSource.HAVEN;
    private static final List<String> PASS_HEADER = List.of("pasnummer", "naam_pashouder", "geboortedatum",
            "werkgever", "werkgever_kvk", "geldig_van", "geldig_tot", "zone", "uitgever");
    private static final List<String> CONTAINER_HEADER = List.of("containernummer", "aankomstdatum", "schip",
            "imo_nummer", "vlag", "laadhaven", "loshaven", "afzender", "afzender_land", "ontvanger", "ontvanger_kvk",
            "omschrijving", "gewicht_kg");
    private static final String[] ZONES = {"Maasvlakte 2", "Maasvlakte 1", "Waalhaven", "Eemhaven", "Botlek",
        "Europoort", "Merwe-Vierhavens"};
    private static final String[] OWNER_CODES = {"MSC", "MAE", "CMA", "HLX", "ONE", "COS", "EGH", "TGH", "SEG",
        "TCL", "FCI", "OOL"};
    private static final String[][] LOADING = {
        {"Guayaquil", "ec", "bananen"}, {"Puerto Bolivar", "ec", "bananen"}, {"Cartagena", "co", "koffie"},
        {"Turbo", "co", "bananen"}, {"Santos", "br", "sinaasappelsap"}, {"Moín", "cr", "ananassen"},
        {"Callao", "pe", "avocado's"}, {"Shanghai", "cn", "elektronica"}, {"Ningbo", "cn", "meubels"},
        {"Singapore", "sg", "machineonderdelen"}, {"New York", "us", "machines"}, {"Durban", "za", "citrusvruchten"},
        {"Mersin", "tr", "textiel"}, {"Tanger Med", "ma", "groenten"}
    };
    private static final String[] SHIPPER_WORDS = {"Frutas", "Exportadora", "Agricola", "Trading", "Comercial",
        "Global", "Fresh", "Tropical", "Pacific", "Andina"};
    private static final String[] SHIPPER_PLACES = {"del Pacífico", "del Sur", "Oriental", "Andes", "Costa",
        "Atlántico", "Verde", "Dorado", "Norte", "Central", "Valle", "Sol", "Mar", "Rio", "Grande", "Nueva"};
    private static final String[] SHIPPER_SUFFIX = {"S.A.", "S.A.S.", "Ltda.", "Co. Ltd.", "Inc."};
    private static final String[] VESSEL_PREFIX = {"MSC", "Maersk", "CMA CGM", "Hapag", "ONE", "Ever", "Cosco"};
    private static final String[] VESSEL_NAMES = {"Gülsün", "Mette", "Antoine", "Berlin Express", "Innovation",
        "Given", "Shipping Rotterdam", "Oscar", "Zoe", "Hamburg", "Atlantic", "Orion", "Valparaiso", "Cartagena"};
    private static final String[] FLAGS = {"pa", "lr", "mh", "mt", "sg", "dk", "de", "hk"};

    private final World world;
    private final SplittableRandom rng;
    private final NoiseModel noise;

    HavenView(World world) {
        this.world = world;
        this.rng = Seeds.stream(world.seed, "view-haven");
        this.noise = new NoiseModel(rng);
    }

    @Override
    public List<ManifestEntry> write(Path outDir, IdentityLedger ledger, ProgressListener progress)
            throws IOException {
        List<ManifestEntry> out = new ArrayList<>();
        out.add(passes(outDir, ledger));
        progress.progress("haven", 1, 2);
        out.add(containers(outDir, ledger));
        progress.progress("haven", 2, 2);
        return out;
    }

    private ManifestEntry passes(Path outDir, IdentityLedger ledger) throws IOException {
        TableMapping mapping = new TableMapping("csv")
                .entity("pas", "AccessPass", List.of("pasnummer"), "", OWN,
                        "passNumber", "pasnummer",
                        "startDate", "geldig_van",
                        "endDate", "geldig_tot",
                        "zone", "zone",
                        "issuer", "uitgever",
                        "holder", ref("pashouder"),
                        "employer", ref("werkgever"))
                .entity("pashouder", "Person", List.of("pasnummer"), "houder", OWN,
                        "name", "naam_pashouder",
                        "birthDate", "geboortedatum")
                .entity("werkgever", "Company", List.of("werkgever_kvk"), "kvk", SHARED,
                        "name", "werkgever",
                        "kvkNumber", "werkgever_kvk");
        // Holders: the networks' port workers and ordinary staff of port and transport companies.
        List<int[]> holders = new ArrayList<>(); // {person, employer}
        BitSet employed = new BitSet();
        for (NetworkPlanter.PortWorker w : world.portWorkers) {
            holders.add(new int[] {w.person(), w.employer()});
            employed.set(w.person());
        }
        Companies co = world.companies;
        Population p = world.population;
        for (int c = 0; c < co.size(); c++) {
            String sbi = world.catalogue.sectors.get(co.sector.get(c)).sbi();
            boolean port = sbi.equals("5224") || sbi.equals("5229");
            if (!(port || sbi.equals("4941") && rng.nextInt(100) < 30)
                    || co.dissolved.get(c) != Companies.NO_DATE) {
                continue;
            }
            int staff = port ? 3 + rng.nextInt(8) : 1 + rng.nextInt(2);
            for (int s = 0; s < staff; s++) {
                int person = rng.nextInt(p.size());
                int age = p.age(person);
                if (age >= 19 && age <= 64 && !employed.get(person)) {
                    employed.set(person);
                    holders.add(new int[] {person, c});
                }
            }
        }
        shuffle(holders);
        long passCounter = 300_000 + rng.nextInt(100_000);
        int passIndex = 0;
        try (MappedTable t = new MappedTable(outDir, "haven/toegangspassen.csv", PASS_HEADER, mapping, SOURCE,
                ledger, "Havenbedrijf Rotterdam: uitgegeven toegangspassen voor terminals")) {
            for (int[] h : holders) {
                int renewals = rng.nextInt(100) < 12 ? 2 : 1;
                LocalDate from = LocalDate.of(2020, 1, 1).plusDays(rng.nextInt(1400));
                for (int k = 0; k < renewals; k++) {
                    passCounter += 1 + rng.nextInt(50);
                    String pass = "HBR-" + passCounter;
                    LocalDate until = from.plusYears(2).minusDays(1);
                    PersonName n = p.name(h[0]);
                    String name = switch (rng.nextInt(4)) {
                        case 0 -> n.voorletters() + " " + n.achternaam();
                        case 1 -> NoiseModel.upper(n.stam() + (n.tussenvoegsel().isEmpty() ? "" : " "
                                + n.tussenvoegsel()) + ", " + n.voorletters());
                        default -> n.roepnaam() + " " + n.achternaam();
                    };
                    int born = p.birthDay.get(h[0]);
                    t.row(new String[] {
                        pass, noise.maybeTypo(name, 0.04),
                        noise.missing(rng.nextBoolean() ? DutchFormats.compact(born) : DutchFormats.dmy(born), 0.02),
                        noise.companyName(co.name.get(h[1])), co.kvkNumber(h[1]),
                        DutchFormats.dmy(World.day(from)), DutchFormats.dmy(World.day(until)),
                        ZONES[rng.nextInt(ZONES.length)], "Havenbedrijf Rotterdam N.V."
                    }, "PAS" + IbanFactory.pad(passIndex++, 6), Population.trueId(h[0]), Companies.trueId(h[1]));
                    from = until.plusDays(1);
                }
            }
            return t.entry();
        }
    }

    private ManifestEntry containers(Path outDir, IdentityLedger ledger) throws IOException {
        TableMapping mapping = new TableMapping("csv")
                .entity("container", "Container", List.of("containernummer"), "", OWN,
                        "containerNumber", "containernummer",
                        "arrivalDate", "aankomstdatum",
                        "portOfLoading", "laadhaven",
                        "portOfDischarge", "loshaven",
                        "description", "omschrijving",
                        "vessel", ref("schip"),
                        "shipper", ref("afzender"),
                        "consignee", ref("ontvanger"))
                .entity("schip", "Vessel", List.of("imo_nummer"), "imo", SHARED,
                        "name", "schip",
                        "imoNumber", "imo_nummer",
                        "flag", "vlag")
                .entity("afzender", "Company", List.of("afzender"), "afzender", SHARED,
                        "name", "afzender",
                        "country", "afzender_land")
                .entity("ontvanger", "Company", List.of("ontvanger_kvk"), "kvk", SHARED,
                        "name", "ontvanger",
                        "kvkNumber", "ontvanger_kvk",
                        "country", literal("nl"));
        // Vessels and foreign shippers exist only in the port's world; they get true ids all the same.
        int vesselCount = 12 + world.size.persons() / 2_000;
        String[] vesselNames = new String[vesselCount];
        String[] vesselImo = new String[vesselCount];
        String[] vesselFlag = new String[vesselCount];
        int imoOffset = rng.nextInt(99_999);
        for (int v = 0; v < vesselCount; v++) {
            vesselNames[v] = VESSEL_PREFIX[rng.nextInt(VESSEL_PREFIX.length)] + " "
                    + VESSEL_NAMES[rng.nextInt(VESSEL_NAMES.length)] + (v >= VESSEL_NAMES.length ? " " + (v % 9 + 1)
                    : "");
            vesselImo[v] = ImoNumber.of(900_000 + (int) Math.floorMod(v * 7_919L + imoOffset, 99_999L));
            vesselFlag[v] = FLAGS[rng.nextInt(FLAGS.length)];
        }
        int shippers = 10 + world.size.persons() / 1_000;
        int firstShipper = world.foreign.companies.size();
        java.util.Set<String> shipperNames = new java.util.HashSet<>();
        for (int s = 0; s < shippers; s++) {
            String[] loading = LOADING[rng.nextInt(LOADING.length)];
            String name;
            do {
                name = SHIPPER_WORDS[rng.nextInt(SHIPPER_WORDS.length)] + " "
                        + SHIPPER_PLACES[rng.nextInt(SHIPPER_PLACES.length)] + " "
                        + SHIPPER_WORDS[rng.nextInt(SHIPPER_WORDS.length)] + " "
                        + SHIPPER_SUFFIX[rng.nextInt(SHIPPER_SUFFIX.length)];
            } while (!shipperNames.add(name)); // the name is the shipper's key in this file
            world.foreign.add(name, loading[1]);
        }
        Companies co = world.companies;
        IntList importers = new IntList(64);
        for (int c = 0; c < co.size(); c++) {
            String sbi = world.catalogue.sectors.get(co.sector.get(c)).sbi();
            if (sbi.equals("4631") || sbi.equals("4639") || sbi.equals("4690")) {
                // Network importers receive more than their share: that is what they are for.
                for (int k = co.has(c, Companies.NETWORK) ? 6 : 1; k > 0; k--) {
                    importers.add(c);
                }
            }
        }
        int count = world.size.persons() / 20;
        long serial = rng.nextInt(1_000_000);
        try (MappedTable t = new MappedTable(outDir, "haven/containers.csv", CONTAINER_HEADER, mapping, SOURCE,
                ledger, "Havenbedrijf Rotterdam: containeraankomsten met afzender, ontvanger en schip")) {
            for (int i = 0; i < count; i++) {
                int consignee = importers.get(rng.nextInt(importers.size()));
                int shipper = firstShipper + rng.nextInt(shippers);
                ForeignParties.ForeignCompany fc = world.foreign.companies.get(shipper);
                String[] loading = loadingFor(fc.country());
                int vessel = rng.nextInt(vesselCount);
                serial = (serial + 1 + rng.nextInt(5_000)) % 1_000_000;
                String number = ContainerNumber.of(OWNER_CODES[rng.nextInt(OWNER_CODES.length)], (int) serial);
                int day = World.day(World.PAYMENTS_FROM) + rng.nextInt(World.paymentDays());
                if (co.has(consignee, Companies.NETWORK)) {
                    world.networkContainers.add(new String[] {number, Companies.trueId(consignee)});
                }
                t.row(new String[] {
                    number, DutchFormats.dmy(day), vesselNames[vessel], vesselImo[vessel], vesselFlag[vessel],
                    loading[0], "Rotterdam", fc.name(), fc.country(), noise.companyName(co.name.get(consignee)),
                    co.kvkNumber(consignee), loading[2], Integer.toString(8_000 + rng.nextInt(20_000))
                }, "CT" + IbanFactory.pad(i, 7), "S" + IbanFactory.pad(vessel, 4), ForeignParties.trueId(shipper),
                        Companies.trueId(consignee));
            }
            return t.entry();
        }
    }

    private String[] loadingFor(String country) {
        List<String[]> options = new ArrayList<>();
        for (String[] l : LOADING) {
            if (l[1].equals(country)) {
                options.add(l);
            }
        }
        return options.get(rng.nextInt(options.size()));
    }

    private void shuffle(List<int[]> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int[] tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
