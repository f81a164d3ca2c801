package nl.gedeeldbeeld.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The FIOD view: a financial investigation into the networks, as FollowTheMoney JSON lines. It holds the
 * suspects, their companies and accounts, the laundering transfers, and every ordinary payment that touches
 * an account under investigation (with the counterparties as far as the bank statements name them).
 */
final class FiodView implements PartnerView {
    private static final PartnerSource SOURCE = PartnerSource.FIOD;
    private static final int PERSON = 1;
    private static final int COMPANY = 2;
    private static final int FOREIGN = 3;
    private static final int ACCOUNT = 4;
    private static final int ADDRESS = 5;
    private static final int HOLDER = 6;
    private static final int RELATION = 7;
    private static final int PAYMENT = 8;
    private static final int TRANSFER = 9;
    private static final int LINK = 10;

    private final World world;
    private final SplittableRandom rng;
    private final NoiseModel noise;
    private final SourceIds ids;

    FiodView(World world) {
        this.world = world;
        this.rng = Seeds.stream(world.seed, "view-fiod");
        this.noise = new NoiseModel(rng);
        this.ids = new SourceIds(world.seed, "FIOD");
    }

    private String id(int kind, long index) {
        return "fiod-" + ids.hex(kind, index);
    }

    private String partyId(int ref) {
        return switch (Ref.kind(ref)) {
            case Ref.PERSON -> id(PERSON, Ref.index(ref));
            case Ref.COMPANY -> id(COMPANY, Ref.index(ref));
            default -> id(FOREIGN, Ref.index(ref));
        };
    }

    @Override
    public List<ManifestEntry> write(Path outDir, IdentityLedger ledger, ProgressListener progress)
            throws IOException {
        // Who and what the investigation covers.
        BitSet suspects = new BitSet();
        BitSet persons = new BitSet();
        BitSet companies = new BitSet();
        BitSet foreign = new BitSet();
        BitSet investigated = new BitSet();
        for (Network net : world.networks) {
            for (Network.Member m : net.members) {
                if (rng.nextInt(100) < 95 || m.role() == Role.KEY_PLAYER) {
                    suspects.set(m.person());
                }
            }
            for (int i = 0; i < net.companies.size(); i++) {
                companies.set(net.companies.get(i));
            }
            for (int i = 0; i < net.accounts.size(); i++) {
                investigated.set(net.accounts.get(i));
            }
        }
        for (LaunderingCase c : world.cases) {
            for (LaunderingCase.Transfer t : c.transfers) {
                if (!t.cash()) {
                    investigated.set(t.fromAccount());
                } else {
                    suspects.set(t.depositor());
                }
                investigated.set(t.toAccount());
            }
        }
        persons.or(suspects);
        // Directors and shareholders of the investigated companies.
        Relations r = world.relations;
        for (int i = 0; i < r.size(); i++) {
            if (companies.get(Ref.index(r.to.get(i)))) {
                mark(r.from.get(i), persons, companies, foreign);
            }
        }
        // Counterparties of every ordinary payment that touches an investigated account.
        BitSet accounts = (BitSet) investigated.clone();
        BackgroundPayments payments = new BackgroundPayments(world);
        payments.forEach((i, from, to, cents, day, purpose) -> {
            if (investigated.get(from) || investigated.get(to)) {
                accounts.set(from);
                accounts.set(to);
            }
        });
        for (int a = accounts.nextSetBit(0); a >= 0; a = accounts.nextSetBit(a + 1)) {
            mark(world.accounts.holder.get(a), persons, companies, foreign);
        }

        try (FtmWriter out = new FtmWriter(outDir, "fiod/fiod.ftm.json", SOURCE, ledger)) {
            BitSet addresses = new BitSet();
            for (int p = suspects.nextSetBit(0); p >= 0; p = suspects.nextSetBit(p + 1)) {
                addresses.set(world.population.address.get(p));
            }
            for (int c = companies.nextSetBit(0); c >= 0; c = companies.nextSetBit(c + 1)) {
                addresses.set(world.companies.address.get(c));
            }
            for (int a : ids.scrambled(addresses, ADDRESS)) {
                Adres adres = world.addresses.get(a);
                out.begin(id(ADDRESS, a), "Address", Addresses.trueId(a))
                        .prop("full", adres.volledig())
                        .prop("street", adres.straat() + " " + adres.huisnummerVolledig())
                        .prop("postalCode", noise.postcode(adres, 0.2))
                        .prop("city", adres.plaats())
                        .prop("country", "nl")
                        .end();
            }
            progress.progress("fiod", 1, 4);
            Population pop = world.population;
            for (int p : ids.scrambled(persons, PERSON)) {
                PersonName n = pop.name(p);
                out.begin(id(PERSON, p), "Person", Population.trueId(p)).prop("name", noise.fullName(n));
                if (suspects.get(p)) {
                    out.prop("firstName", n.roepnaam())
                            .prop("lastName", n.achternaam())
                            .prop("birthDate", noise.missing(DutchFormats.iso(pop.birthDay.get(p)), 0.05))
                            .prop("nationality", pop.nationality(p))
                            .prop("addressEntity", id(ADDRESS, pop.address.get(p)))
                            .prop("phone", pop.hasPhone(p) ? noise.missing(noise.phone(pop.mobile(p)), 0.3) : "")
                            .prop("email", rng.nextInt(100) < 40 ? pop.email(p) : "");
                    if (!pop.nationality(p).equals("nl") && rng.nextInt(100) < 50) {
                        out.prop("passportNumber", passport());
                    }
                }
                out.end();
            }
            Companies co = world.companies;
            for (int c : ids.scrambled(companies, COMPANY)) {
                boolean detailed = co.has(c, Companies.NETWORK) || rng.nextInt(100) < 30;
                out.begin(id(COMPANY, c), "Company", Companies.trueId(c)).prop("name", noise.companyName(co.name.get(c)));
                if (detailed) {
                    out.prop("kvkNumber", co.kvkNumber(c))
                            .prop("rsinNumber", co.rsinNumber(c))
                            .prop("legalForm", co.form(c).label)
                            .prop("incorporationDate", DutchFormats.iso(co.founded.get(c)))
                            .prop("dissolutionDate", co.dissolved.get(c) == Companies.NO_DATE ? ""
                                    : DutchFormats.iso(co.dissolved.get(c)))
                            .prop("sector", world.catalogue.sectors.get(co.sector.get(c)).omschrijving())
                            .prop("addressEntity", addresses.get(co.address.get(c)) ? id(ADDRESS, co.address.get(c))
                                    : "")
                            .prop("country", "nl");
                }
                out.end();
            }
            for (int f = foreign.nextSetBit(0); f >= 0; f = foreign.nextSetBit(f + 1)) {
                ForeignParties.ForeignCompany fc = world.foreign.companies.get(f);
                out.begin(id(FOREIGN, f), "Company", ForeignParties.trueId(f))
                        .prop("name", fc.name()).prop("jurisdiction", fc.country()).end();
            }
            progress.progress("fiod", 2, 4);
            Accounts acc = world.accounts;
            for (int a : ids.scrambled(accounts, ACCOUNT)) {
                Bank bank = acc.bank(a);
                out.begin(id(ACCOUNT, a), "BankAccount", Accounts.trueId(a))
                        .prop("iban", acc.iban(a))
                        .prop("bic", investigated.get(a) ? bank.bic : "")
                        .prop("bankName", bank.displayName)
                        .prop("country", bank.country.toLowerCase(java.util.Locale.ROOT))
                        .end();
                out.begin(id(HOLDER, a), "Ownership", "AH" + IbanFactory.pad(a, 7))
                        .prop("owner", partyId(acc.holder.get(a)))
                        .prop("asset", id(ACCOUNT, a))
                        .prop("role", "rekeninghouder")
                        .end();
            }
            for (int i = 0; i < r.size(); i++) {
                int company = Ref.index(r.to.get(i));
                if (!companies.get(company) || !world.companies.has(company, Companies.NETWORK)) {
                    continue;
                }
                String start = DutchFormats.iso(r.start.get(i));
                if (r.kind.get(i) == Relations.OWNER) {
                    out.begin(id(RELATION, i), "Ownership", Relations.trueId(i))
                            .prop("owner", partyId(r.from.get(i)))
                            .prop("asset", id(COMPANY, company))
                            .prop("percentage", Integer.toString(r.percentage.get(i)))
                            .prop("startDate", start)
                            .end();
                } else {
                    out.begin(id(RELATION, i), "Directorship", Relations.trueId(i))
                            .prop("director", partyId(r.from.get(i)))
                            .prop("organization", id(COMPANY, company))
                            .prop("role", "bestuurder")
                            .prop("startDate", start)
                            .end();
                }
            }
            long linkIndex = 0;
            for (Network net : world.networks) {
                for (int k = 0; k < net.links.size(); k++) {
                    Network.Link l = net.links.get(k);
                    linkIndex++;
                    if (l.kind() == LinkKind.UNKNOWN_LINK || !suspects.get(l.from()) || !suspects.get(l.to())
                            || rng.nextInt(100) >= 40) {
                        continue;
                    }
                    String trueId = "L" + IbanFactory.pad(net.index, 4) + "-" + IbanFactory.pad(k, 3);
                    out.begin(id(LINK, linkIndex), l.kind().schema, trueId)
                            .prop("person", id(PERSON, l.from()))
                            .prop(l.kind() == LinkKind.FAMILY ? "relative" : "associate", id(PERSON, l.to()))
                            .prop("relationship", l.description())
                            .end();
                }
            }
            progress.progress("fiod", 3, 4);
            // Planted transfers are slotted in at random places among the ordinary payments.
            List<LaunderingCase.Transfer> transfers = new java.util.ArrayList<>();
            for (LaunderingCase c : world.cases) {
                transfers.addAll(c.transfers);
            }
            long[] slots = new long[transfers.size()];
            Integer[] order = new Integer[transfers.size()];
            for (int k = 0; k < slots.length; k++) {
                slots[k] = rng.nextLong(payments.count());
                order[k] = k;
            }
            java.util.Arrays.sort(order, (a, b) -> Long.compare(slots[a], slots[b]));
            int[] next = {0};
            IOException[] failure = new IOException[1];
            payments.forEach((i, from, to, cents, day, purpose) -> {
                try {
                    while (failure[0] == null && next[0] < order.length && slots[order[next[0]]] <= i) {
                        int k = order[next[0]++];
                        transfer(out, k, transfers.get(k));
                    }
                    if (failure[0] != null || !(investigated.get(from) || investigated.get(to))) {
                        return;
                    }
                    out.begin(id(PAYMENT, i), "Payment", BackgroundPayments.trueId(i))
                            .prop("payer", partyId(acc.holder.get(from)))
                            .prop("payerAccount", id(ACCOUNT, from))
                            .prop("beneficiary", partyId(acc.holder.get(to)))
                            .prop("beneficiaryAccount", id(ACCOUNT, to))
                            .prop("amount", DutchFormats.amountPlain(cents))
                            .prop("currency", "EUR")
                            .prop("date", DutchFormats.iso(day))
                            .prop("purpose", purpose)
                            .end();
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            while (failure[0] == null && next[0] < order.length) {
                int k = order[next[0]++];
                transfer(out, k, transfers.get(k));
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            progress.progress("fiod", 4, 4);
            return List.of(out.entry());
        }
    }

    private void transfer(FtmWriter out, int k, LaunderingCase.Transfer t) throws IOException {
        Accounts acc = world.accounts;
        out.begin(id(TRANSFER, k), "Payment", t.id());
        if (t.cash()) {
            out.prop("payer", id(PERSON, t.depositor()));
        } else {
            out.prop("payer", partyId(acc.holder.get(t.fromAccount())))
                    .prop("payerAccount", id(ACCOUNT, t.fromAccount()));
        }
        out.prop("beneficiary", partyId(acc.holder.get(t.toAccount())))
                .prop("beneficiaryAccount", id(ACCOUNT, t.toAccount()))
                .prop("amount", DutchFormats.amountPlain(t.cents()))
                .prop("currency", "EUR")
                .prop("date", DutchFormats.iso(t.day()))
                .prop("purpose", t.purpose())
                .end();
    }

    private static void mark(int ref, BitSet persons, BitSet companies, BitSet foreign) {
        switch (Ref.kind(ref)) {
            case Ref.PERSON -> persons.set(Ref.index(ref));
            case Ref.COMPANY -> companies.set(Ref.index(ref));
            default -> foreign.set(Ref.index(ref));
        }
    }

    private String passport() {
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            b.append(letters.charAt(rng.nextInt(letters.length())));
        }
        for (int i = 0; i < 7; i++) {
            b.append((char) ('0' + rng.nextInt(10)));
        }
        return b.toString();
    }
}
