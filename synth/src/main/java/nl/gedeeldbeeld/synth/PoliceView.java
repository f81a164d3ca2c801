package nl.gedeeldbeeld.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static nl.gedeeldbeeld.synth.TableMapping.Identity.OWN;
import static nl.gedeeldbeeld.synth.TableMapping.Identity.REFERENCE;
import static nl.gedeeldbeeld.synth.TableMapping.Identity.SHARED;
import static nl.gedeeldbeeld.synth.TableMapping.each;
import static nl.gedeeldbeeld.synth.TableMapping.join;
import static nl.gedeeldbeeld.synth.TableMapping.literal;
import static nl.gedeeldbeeld.synth.TableMapping.ref;

/**
 * The police (BVH) view: suspects of the networks, their housemates and a sample of everyone the police
 * met for other reasons; their vehicles and the links among them. Some persons are registered twice.
 */
final class PoliceView implements PartnerView {
    private static final PartnerSource SOURCE = PartnerSource.POLITIE;
    private static final List<String> PERSON_HEADER = List.of("bvh_nummer", "registratiedatum", "rol",
            "achternaam", "tussenvoegsel", "voornamen", "geslacht", "geboortedatum", "nationaliteit", "straat",
            "huisnummer", "postcode", "woonplaats", "telefoon", "telefoon_2", "email");
    private static final List<String> VEHICLE_HEADER = List.of("kenteken", "merk", "handelsbenaming", "kleur",
            "datum_eerste_toelating", "bvh_nummer", "rol", "eigendom_id", "waarneming_id", "waarnemingsdatum");
    private static final List<String> LINK_HEADER = List.of("bvh_nummer_1", "bvh_nummer_2", "soort",
            "omschrijving", "familie_id", "associatie_id", "onbekend_id", "datum_vastgelegd");

    private final World world;
    private final SplittableRandom rng;
    private final NoiseModel noise;
    /** Primary BVH number per seen person. */
    private final Map<Integer, String> bvh = new HashMap<>();
    private final Map<Integer, String> extraPhone = new HashMap<>();
    private final Map<Integer, String> role = new HashMap<>();

    PoliceView(World world) {
        this.world = world;
        this.rng = Seeds.stream(world.seed, "view-politie");
        this.noise = new NoiseModel(rng);
    }

    @Override
    public List<ManifestEntry> write(Path outDir, IdentityLedger ledger, ProgressListener progress)
            throws IOException {
        List<Integer> seen = select();
        List<ManifestEntry> entries = new ArrayList<>();
        entries.add(persons(outDir, ledger, seen, progress));
        entries.add(vehicles(outDir, ledger, seen));
        entries.add(links(outDir, ledger));
        return entries;
    }

    private List<Integer> select() {
        Population p = world.population;
        BitSet chosen = new BitSet(p.size());
        for (Network net : world.networks) {
            for (Network.Member m : net.members) {
                if (rng.nextInt(100) < 90 || m.role() == Role.KEY_PLAYER) {
                    chosen.set(m.person());
                    role.put(m.person(), "verdachte");
                }
            }
            for (Network.SharedPhone sp : net.sharedPhones) {
                for (int person : sp.persons()) {
                    extraPhone.put(person, sp.number());
                }
            }
        }
        for (LaunderingCase c : world.cases) {
            for (int i = 0; i < c.muleAccounts.size(); i++) {
                int holder = world.accounts.holder.get(c.muleAccounts.get(i));
                if (rng.nextInt(100) < 40) {
                    chosen.set(holder);
                    role.putIfAbsent(holder, "verdachte");
                }
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (p.age(i) >= 12 && rng.nextInt(1000) < 30) {
                chosen.set(i);
                role.putIfAbsent(i, rng.nextInt(3) == 0 ? "verdachte" : rng.nextBoolean() ? "getuige" : "betrokkene");
            }
        }
        // Housemates of suspects come into view at house searches.
        BitSet suspects = (BitSet) chosen.clone();
        for (int i = suspects.nextSetBit(0); i >= 0; i = suspects.nextSetBit(i + 1)) {
            if (!"verdachte".equals(role.get(i))) {
                continue;
            }
            int h = p.household.get(i);
            for (int j = Math.max(0, i - 6); j < Math.min(p.size(), i + 7); j++) {
                if (j != i && p.household.get(j) == h && p.age(j) >= 12 && rng.nextInt(100) < 35) {
                    chosen.set(j);
                    role.putIfAbsent(j, "betrokkene");
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        chosen.stream().forEach(order::add);
        // Registration order, not population order: the number must not reveal who is who.
        for (int i = order.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Integer t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        return order;
    }

    private ManifestEntry persons(Path outDir, IdentityLedger ledger, List<Integer> seen, ProgressListener progress)
            throws IOException {
        TableMapping mapping = new TableMapping("csv")
                .entity("persoon", "Person", List.of("bvh_nummer"), "", OWN,
                        "name", join("voornamen", "tussenvoegsel", "achternaam"),
                        "firstName", "voornamen",
                        "lastName", join("tussenvoegsel", "achternaam"),
                        "gender", "geslacht",
                        "birthDate", "geboortedatum",
                        "nationality", "nationaliteit",
                        "phone", each("telefoon", "telefoon_2"),
                        "email", "email",
                        "address", join("straat", "huisnummer", "postcode", "woonplaats"),
                        "addressEntity", ref("adres"))
                .entity("adres", "Address", List.of("postcode", "huisnummer"), "adr", SHARED,
                        "full", join("straat", "huisnummer", "postcode", "woonplaats"),
                        "street", join("straat", "huisnummer"),
                        "postalCode", "postcode",
                        "city", "woonplaats",
                        "country", literal("nl"));
        Population p = world.population;
        long counter = 40_000 + rng.nextInt(20_000);
        try (MappedTable t = new MappedTable(outDir, "politie/personen.csv", PERSON_HEADER, mapping, SOURCE, ledger,
                "Politie BVH: geregistreerde personen (verdachten, getuigen, betrokkenen)")) {
            int done = 0;
            for (int person : seen) {
                int copies = rng.nextInt(100) < 3 ? 2 : 1; // double registrations happen
                for (int c = 0; c < copies; c++) {
                    counter += 1 + rng.nextInt(40);
                    int year = 2019 + rng.nextInt(6);
                    String id = "BVH-" + year + "-" + IbanFactory.pad(counter, 7);
                    if (c == 0) {
                        bvh.put(person, id);
                    }
                    PersonName name = p.name(person);
                    String[] n = noise.splitName(name, rng.nextInt(100) < 70);
                    Adres a = world.addresses.get(p.address.get(person));
                    int registered = World.day(java.time.LocalDate.of(year, 1, 1)) + rng.nextInt(365);
                    String phone = p.hasPhone(person) ? noise.missing(noise.phone(p.mobile(person)), 0.25) : "";
                    String phone2 = extraPhone.containsKey(person) ? noise.phone(extraPhone.get(person)) : "";
                    t.row(new String[] {
                        id, DutchFormats.dmy(registered), role.getOrDefault(person, "betrokkene"),
                        n[2], n[1], n[0],
                        noise.missing(name.male() ? "male" : "female", 0.03),
                        noise.missing(DutchFormats.dmy(p.birthDay.get(person)), 0.03),
                        noise.missing(p.nationality(person), 0.1),
                        noise.maybeTypo(a.straat(), 0.02), a.huisnummerVolledig(), noise.postcode(a, 0.4),
                        noise.chance(0.08) ? NoiseModel.upper(a.plaats()) : a.plaats(),
                        phone, phone2,
                        rng.nextInt(100) < 15 ? p.email(person) : ""
                    }, Population.trueId(person), Addresses.trueId(p.address.get(person)));
                }
                if (++done % 4096 == 0) {
                    progress.progress("politie", done, seen.size());
                }
            }
            return t.entry();
        }
    }

    private ManifestEntry vehicles(Path outDir, IdentityLedger ledger, List<Integer> seen) throws IOException {
        TableMapping mapping = new TableMapping("csv")
                .entity("voertuig", "Vehicle", List.of("kenteken"), "kenteken", SHARED,
                        "registrationNumber", "kenteken",
                        "name", join("merk", "handelsbenaming"),
                        "model", "handelsbenaming",
                        "registrationDate", "datum_eerste_toelating")
                .entity("persoon", "Person", List.of("bvh_nummer"), "", REFERENCE)
                .entity("eigendom", "Ownership", List.of("eigendom_id"), "", OWN,
                        "owner", ref("persoon"),
                        "asset", ref("voertuig"),
                        "role", literal("kentekenhouder"))
                .entity("waarneming", "UnknownLink", List.of("waarneming_id"), "", OWN,
                        "subject", ref("persoon"),
                        "object", ref("voertuig"),
                        "role", "rol",
                        "date", "waarnemingsdatum");
        // Vehicles per keeper, from one pass over the vehicle table.
        Map<Integer, List<Integer>> byOwner = new HashMap<>();
        Vehicles v = world.vehicles;
        for (int i = 0; i < v.size(); i++) {
            int owner = v.owner.get(i);
            if (Ref.isPerson(owner) && bvh.containsKey(Ref.index(owner))) {
                byOwner.computeIfAbsent(Ref.index(owner), k -> new ArrayList<>()).add(i);
            }
        }
        long ownId = 100_000 + rng.nextInt(100_000);
        long obsId = 500_000 + rng.nextInt(100_000);
        try (MappedTable t = new MappedTable(outDir, "politie/voertuigen.csv", VEHICLE_HEADER, mapping, SOURCE,
                ledger, "Politie BVH: voertuigen van geregistreerde personen, als houder of bestuurder")) {
            for (int person : seen) {
                for (int vehicle : byOwner.getOrDefault(person, List.of())) {
                    ownId += 1 + rng.nextInt(9);
                    t.row(vehicleRow(vehicle, person, "houder", "EIG-" + ownId, "", ""),
                            Vehicles.trueId(vehicle), Population.trueId(person), "VH" + IbanFactory.pad(vehicle, 7),
                            "");
                }
            }
            for (Network net : world.networks) {
                for (Network.SharedVehicle sv : net.sharedVehicles) {
                    for (int driver : sv.drivers()) {
                        if (!bvh.containsKey(driver)) {
                            continue;
                        }
                        obsId += 1 + rng.nextInt(9);
                        int day = World.day(World.PAYMENTS_FROM) + rng.nextInt(World.paymentDays());
                        t.row(vehicleRow(sv.vehicle(), driver, "bestuurder", "", "WRN-" + obsId,
                                        DutchFormats.dmy(day)),
                                Vehicles.trueId(sv.vehicle()), Population.trueId(driver), "",
                                "VD" + IbanFactory.pad(sv.vehicle(), 7) + "-" + Population.trueId(driver));
                    }
                }
            }
            return t.entry();
        }
    }

    private String[] vehicleRow(int vehicle, int person, String rol, String ownId, String obsId, String date) {
        Vehicles v = world.vehicles;
        Catalogue.CarModel m = world.catalogue.carModels.get(v.model.get(vehicle));
        int firstDay = World.day(java.time.LocalDate.of(v.year.get(vehicle), 1, 1)) + rng.nextInt(360);
        return new String[] {
            v.plate(vehicle), m.merk(), m.model(), Vehicles.COLOURS[v.colour.get(vehicle)],
            DutchFormats.dmy(firstDay), bvh.get(person), rol, ownId, obsId, date
        };
    }

    private ManifestEntry links(Path outDir, IdentityLedger ledger) throws IOException {
        TableMapping mapping = new TableMapping("csv")
                .entity("persoon1", "Person", List.of("bvh_nummer_1"), "", REFERENCE)
                .entity("persoon2", "Person", List.of("bvh_nummer_2"), "", REFERENCE)
                .entity("familie", "Family", List.of("familie_id"), "", OWN,
                        "person", ref("persoon1"), "relative", ref("persoon2"), "relationship", "omschrijving",
                        "startDate", "datum_vastgelegd")
                .entity("associatie", "Associate", List.of("associatie_id"), "", OWN,
                        "person", ref("persoon1"), "associate", ref("persoon2"), "relationship", "omschrijving",
                        "startDate", "datum_vastgelegd")
                .entity("onbekend", "UnknownLink", List.of("onbekend_id"), "", OWN,
                        "subject", ref("persoon1"), "object", ref("persoon2"), "role", "omschrijving",
                        "date", "datum_vastgelegd");
        long linkId = 10_000 + rng.nextInt(10_000);
        try (MappedTable t = new MappedTable(outDir, "politie/relaties.csv", LINK_HEADER, mapping, SOURCE, ledger,
                "Politie BVH: relaties tussen geregistreerde personen (familie, associatie, onbekend)")) {
            for (Network net : world.networks) {
                for (int k = 0; k < net.links.size(); k++) {
                    Network.Link l = net.links.get(k);
                    if (!bvh.containsKey(l.from()) || !bvh.containsKey(l.to()) || rng.nextInt(100) >= 85) {
                        continue;
                    }
                    linkId += 1 + rng.nextInt(7);
                    String id = "REL-" + linkId;
                    int day = World.day(java.time.LocalDate.of(2020, 1, 1)) + rng.nextInt(1800);
                    String trueId = "L" + IbanFactory.pad(net.index, 4) + "-" + IbanFactory.pad(k, 3);
                    t.row(new String[] {
                        bvh.get(l.from()), bvh.get(l.to()), l.kind().schema, l.description(),
                        l.kind() == LinkKind.FAMILY ? id : "", l.kind() == LinkKind.ASSOCIATE ? id : "",
                        l.kind() == LinkKind.UNKNOWN_LINK ? id : "", DutchFormats.dmy(day)
                    }, Population.trueId(l.from()), Population.trueId(l.to()),
                            l.kind() == LinkKind.FAMILY ? trueId : "", l.kind() == LinkKind.ASSOCIATE ? trueId : "",
                            l.kind() == LinkKind.UNKNOWN_LINK ? trueId : "");
                }
            }
            return t.entry();
        }
    }
}
