package nl.gedeeldbeeld.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the planted truth (networks, laundering cases, corporate structures) into ground-truth/. */
final class GroundTruthWriter {
    private final World world;
    private final JsonFactory factory = new JsonFactory();

    GroundTruthWriter(World world) {
        this.world = world;
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        networks(dir.resolve("networks.json"));
        laundering(dir.resolve("laundering.json"));
        companies(dir.resolve("companies.json"));
    }

    private JsonGenerator open(Writer w) throws IOException {
        return factory.createGenerator(w).useDefaultPrettyPrinter();
    }

    private void networks(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonGenerator g = open(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("networks");
            for (Network net : world.networks) {
                g.writeStartObject();
                g.writeStringField("id", net.id());
                g.writeArrayFieldStart("members");
                for (Network.Member m : net.members) {
                    g.writeStartObject();
                    g.writeStringField("trueId", Population.trueId(m.person()));
                    g.writeStringField("name", world.population.name(m.person()).volledig());
                    g.writeStringField("role", m.role().name());
                    if (!m.facilitatorKind().isEmpty()) {
                        g.writeStringField("facilitatorKind", m.facilitatorKind());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("links");
                for (int k = 0; k < net.links.size(); k++) {
                    Network.Link l = net.links.get(k);
                    g.writeStartObject();
                    g.writeStringField("trueId", "L" + IbanFactory.pad(net.index, 4) + "-" + IbanFactory.pad(k, 3));
                    g.writeStringField("schema", l.kind().schema);
                    g.writeStringField("from", Population.trueId(l.from()));
                    g.writeStringField("to", Population.trueId(l.to()));
                    g.writeStringField("description", l.description());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("sharedPhones");
                for (Network.SharedPhone sp : net.sharedPhones) {
                    g.writeStartObject();
                    g.writeStringField("phone", sp.number());
                    persons(g, "persons", sp.persons());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("sharedVehicles");
                for (Network.SharedVehicle sv : net.sharedVehicles) {
                    g.writeStartObject();
                    g.writeStringField("trueId", Vehicles.trueId(sv.vehicle()));
                    g.writeStringField("plate", world.vehicles.plate(sv.vehicle()));
                    g.writeStringField("keeper", world.partyTrueId(world.vehicles.owner.get(sv.vehicle())));
                    persons(g, "drivers", sv.drivers());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("sharedAddresses");
                for (Network.SharedAddress sa : net.sharedAddresses) {
                    g.writeStartObject();
                    g.writeStringField("trueId", Addresses.trueId(sa.address()));
                    g.writeStringField("address", world.addresses.get(sa.address()).volledig());
                    persons(g, "persons", sa.persons());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("companies");
                for (int i = 0; i < net.companies.size(); i++) {
                    company(g, net.companies.get(i));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("accounts");
                for (int i = 0; i < net.accounts.size(); i++) {
                    account(g, net.accounts.get(i), "network");
                }
                g.writeEndArray();
                g.writeArrayFieldStart("portWorkers");
                for (NetworkPlanter.PortWorker pw : world.portWorkers) {
                    if (pw.network() == net.index) {
                        g.writeStartObject();
                        g.writeStringField("person", Population.trueId(pw.person()));
                        g.writeStringField("employer", Companies.trueId(pw.employer()));
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeArrayFieldStart("containers");
                for (String[] c : world.networkContainers) {
                    for (int i = 0; i < net.companies.size(); i++) {
                        if (Companies.trueId(net.companies.get(i)).equals(c[1])) {
                            g.writeStartObject();
                            g.writeStringField("containerNumber", c[0]);
                            g.writeStringField("consignee", c[1]);
                            g.writeEndObject();
                        }
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void laundering(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonGenerator g = open(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("cases");
            for (LaunderingCase c : world.cases) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("typology", c.typology.label);
                g.writeStringField("network", c.network.id());
                java.util.LinkedHashSet<Integer> accounts = new java.util.LinkedHashSet<>();
                long total = 0;
                for (LaunderingCase.Transfer t : c.transfers) {
                    if (!t.cash()) {
                        accounts.add(t.fromAccount());
                    }
                    accounts.add(t.toAccount());
                    total += t.cents();
                }
                g.writeStringField("totalAmount", DutchFormats.amountPlain(total));
                g.writeStringField("currency", "EUR");
                g.writeArrayFieldStart("accounts");
                for (int a : accounts) {
                    String role = c.muleAccounts.contains(a) ? "mule"
                            : c.network.accounts.contains(a) ? "network"
                            : Ref.kind(world.accounts.holder.get(a)) == Ref.FOREIGN ? "foreign" : "other";
                    account(g, a, role);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("transactions");
                for (LaunderingCase.Transfer t : c.transfers) {
                    g.writeStartObject();
                    g.writeStringField("id", t.id());
                    g.writeBooleanField("cash", t.cash());
                    if (t.cash()) {
                        g.writeStringField("depositor", Population.trueId(t.depositor()));
                    } else {
                        g.writeStringField("fromIban", world.accounts.iban(t.fromAccount()));
                        g.writeStringField("fromAccount", Accounts.trueId(t.fromAccount()));
                    }
                    g.writeStringField("toIban", world.accounts.iban(t.toAccount()));
                    g.writeStringField("toAccount", Accounts.trueId(t.toAccount()));
                    g.writeStringField("amount", DutchFormats.amountPlain(t.cents()));
                    g.writeStringField("date", DutchFormats.iso(t.day()));
                    g.writeStringField("purpose", t.purpose());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void companies(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonGenerator g = open(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("frontClusters");
            for (CompanyStructures.FrontCluster f : world.structures.fronts) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                g.writeStringField("network", world.networks.get(f.network()).id());
                g.writeStringField("addressTrueId", Addresses.trueId(f.address()));
                g.writeStringField("address", world.addresses.get(f.address()).volledig());
                g.writeArrayFieldStart("companies");
                for (int c : f.companies()) {
                    company(g, c);
                }
                g.writeEndArray();
                persons(g, "nomineeDirectors", f.nominees());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("circularOwnership");
            for (CompanyStructures.OwnershipCycle cycle : world.structures.cycles) {
                g.writeStartObject();
                g.writeStringField("id", cycle.id());
                g.writeStringField("network", world.networks.get(cycle.network()).id());
                g.writeArrayFieldStart("companies");
                for (int c : cycle.companies()) {
                    company(g, c);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("ownership");
                List<Integer> ring = cycle.companies();
                for (int i = 0; i < ring.size(); i++) {
                    g.writeStartObject();
                    g.writeStringField("owner", Companies.trueId(ring.get(i)));
                    g.writeStringField("asset", Companies.trueId(ring.get((i + 1) % ring.size())));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("shortLived");
            Companies co = world.companies;
            for (int c = 0; c < co.size(); c++) {
                if (co.has(c, Companies.SHORT_LIVED)) {
                    company(g, c);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void company(JsonGenerator g, int c) throws IOException {
        Companies co = world.companies;
        g.writeStartObject();
        g.writeStringField("trueId", Companies.trueId(c));
        g.writeStringField("name", co.name.get(c));
        g.writeStringField("kvkNumber", co.kvkNumber(c));
        if (!co.rsinNumber(c).isEmpty()) {
            g.writeStringField("rsinNumber", co.rsinNumber(c));
        }
        g.writeStringField("legalForm", co.form(c).label);
        g.writeStringField("incorporationDate", DutchFormats.iso(co.founded.get(c)));
        if (co.dissolved.get(c) != Companies.NO_DATE) {
            g.writeStringField("dissolutionDate", DutchFormats.iso(co.dissolved.get(c)));
        }
        g.writeBooleanField("front", co.has(c, Companies.FRONT));
        g.writeBooleanField("shortLived", co.has(c, Companies.SHORT_LIVED));
        g.writeBooleanField("circular", co.has(c, Companies.CIRCULAR));
        g.writeEndObject();
    }

    private void account(JsonGenerator g, int a, String role) throws IOException {
        g.writeStartObject();
        g.writeStringField("trueId", Accounts.trueId(a));
        g.writeStringField("iban", world.accounts.iban(a));
        g.writeStringField("holder", world.partyTrueId(world.accounts.holder.get(a)));
        g.writeStringField("role", role);
        g.writeEndObject();
    }

    private static void persons(JsonGenerator g, String field, List<Integer> persons) throws IOException {
        g.writeArrayFieldStart(field);
        for (int p : persons) {
            g.writeString(Population.trueId(p));
        }
        g.writeEndArray();
    }
}
