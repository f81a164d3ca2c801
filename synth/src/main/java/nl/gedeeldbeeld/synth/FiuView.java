package nl.gedeeldbeeld.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static nl.gedeeldbeeld.synth.TableMapping.Identity.OWN;
import static nl.gedeeldbeeld.synth.TableMapping.Identity.SHARED;
import static nl.gedeeldbeeld.synth.TableMapping.ref;

/**
 * The FIU-NL view: unusual-transaction reports (Wwft meldingen) from banks. Most planted laundering
 * transfers are reported, among a background of ordinary payments that tripped an indicator.
 */
final class FiuView implements PartnerView {
    private static final PartnerSource SOURCE = PartnerSource.FIU;
    private static final List<String> HEADER = List.of("ot_nummer", "melder", "meldingsdatum", "transactiedatum",
            "bedrag", "valuta", "betaler_naam", "betaler_iban", "begunstigde_naam", "begunstigde_iban",
            "omschrijving", "indicator");

    private static final String GENERIC = "subjectief: afwijkend transactiepatroon";
    private final World world;
    private final SplittableRandom rng;
    private final NoiseModel noise;
    private long counter;

    FiuView(World world) {
        this.world = world;
        this.rng = Seeds.stream(world.seed, "view-fiu");
        this.noise = new NoiseModel(rng);
        this.counter = 10_000 + rng.nextInt(90_000);
    }

    @Override
    public List<ManifestEntry> write(Path outDir, IdentityLedger ledger, ProgressListener progress)
            throws IOException {
        TableMapping mapping = new TableMapping("csv")
                .entity("transactie", "Payment", List.of("ot_nummer"), "", OWN,
                        "amount", "bedrag",
                        "currency", "valuta",
                        "date", "transactiedatum",
                        "purpose", "omschrijving",
                        "description", "indicator",
                        "payer", ref("betaler"),
                        "payerAccount", ref("betaalrekening"),
                        "beneficiary", ref("begunstigde"),
                        "beneficiaryAccount", ref("ontvangrekening"))
                .entity("betaler", "LegalEntity", List.of("ot_nummer"), "betaler", OWN,
                        "name", "betaler_naam")
                .entity("betaalrekening", "BankAccount", List.of("betaler_iban"), "iban", SHARED,
                        "iban", "betaler_iban")
                .entity("begunstigde", "LegalEntity", List.of("ot_nummer"), "begunstigde", OWN,
                        "name", "begunstigde_naam")
                .entity("ontvangrekening", "BankAccount", List.of("begunstigde_iban"), "iban", SHARED,
                        "iban", "begunstigde_iban");
        // Collected first and written in date order, as reports come in; the FIU file stays small.
        List<Report> reports = new ArrayList<>();
        for (LaunderingCase c : world.cases) {
            for (LaunderingCase.Transfer tr : c.transfers) {
                if (tr.cash() || rng.nextInt(100) < 85) {
                    int payer = tr.cash() ? Ref.person(tr.depositor()) : world.accounts.holder.get(tr.fromAccount());
                    // Banks name the pattern they saw only part of the time.
                    String indicator = rng.nextInt(100) < 60 ? indicator(c.typology) : GENERIC;
                    reports.add(new Report(tr.id(), payer, tr.fromAccount(), tr.toAccount(), tr.cents(), tr.day(),
                            tr.purpose(), indicator));
                }
            }
        }
        long salt = Seeds.mix(world.seed, 0xf1f1L);
        new BackgroundPayments(world).forEach((i, from, to, cents, day, purpose) -> {
            long h = Math.floorMod(Seeds.mix(salt, i), 10_000L);
            boolean large = cents >= 1_000_000 && h < 3_000;
            if (large || h < 25) {
                reports.add(new Report(BackgroundPayments.trueId(i), world.accounts.holder.get(from), from, to, cents,
                        day, purpose, large ? "objectief: overboeking boven drempel"
                        : h < 5 ? indicator(Typology.values()[(int) (h % Typology.values().length)]) : GENERIC));
            }
        });
        reports.sort(Comparator.comparingInt(Report::day).thenComparing(Report::trueTx));
        progress.progress("fiu", 1, 2);
        try (MappedTable t = new MappedTable(outDir, "fiu/ongebruikelijke_transacties.csv", HEADER, mapping, SOURCE,
                ledger, "FIU-NL: ongebruikelijke transacties gemeld door banken (Wwft)");
             GoamlReports goaml = new GoamlReports(outDir, "fiu/ongebruikelijke_transacties.goaml.xml")) {
            for (Report r : reports) {
                report(t, goaml, r);
            }
            progress.progress("fiu", 2, 2);
            return List.of(t.entry());
        }
    }

    private record Report(String trueTx, int payerRef, int from, int to, long cents, int day, String purpose,
                          String indicator) {
    }

    private void report(MappedTable t, GoamlReports goaml, Report r) throws IOException {
        counter += 1 + rng.nextInt(30);
        String ot = "OT-" + DutchFormats.date(r.day()).getYear() + "-" + IbanFactory.pad(counter, 8);
        Accounts acc = world.accounts;
        int fromAccount = r.from();
        int toAccount = r.to();
        int payeeRef = acc.holder.get(toAccount);
        Bank reporter = acc.bank(toAccount).dutch() || fromAccount < 0 ? acc.bank(toAccount) : acc.bank(fromAccount);
        String payerIban = fromAccount < 0 ? "" : noise.chance(0.15) ? IbanFactory.grouped(acc.iban(fromAccount))
                : acc.iban(fromAccount);
        String payeeIban = noise.chance(0.15) ? IbanFactory.grouped(acc.iban(toAccount)) : acc.iban(toAccount);
        // Drawn in the order the CSV row always drew them, so the goAML copy leaves the world as it was.
        int reportedDay = r.day() + 1 + rng.nextInt(30);
        String payerName = holderName(r.payerRef());
        String payeeName = holderName(payeeRef);
        goaml.report(ot, reporter.code, reporter.displayName, reportedDay, r.day(), r.cents(), payerName,
                Ref.isPerson(r.payerRef()), payerIban, payeeName, payeeIban, r.purpose(), r.indicator());
        t.row(new String[] {
            ot, reporter.displayName, DutchFormats.dmy(reportedDay), DutchFormats.dmy(r.day()),
            DutchFormats.amountDutch(r.cents()), "EUR", payerName, payerIban, payeeName,
            payeeIban, r.purpose(), r.indicator()
        }, r.trueTx(), world.partyTrueId(r.payerRef()), fromAccount < 0 ? "" : Accounts.trueId(fromAccount),
                world.partyTrueId(payeeRef), Accounts.trueId(toAccount));
    }

    private String holderName(int ref) {
        if (Ref.isPerson(ref)) {
            return noise.bankHolderName(world.population.name(Ref.index(ref)));
        }
        String name = world.partyName(ref);
        return noise.chance(0.4) ? NoiseModel.upper(name) : noise.companyName(name);
    }

    private static String indicator(Typology t) {
        return switch (t) {
            case STRUCTURING -> "subjectief: contante stortingen net onder 10.000 euro";
            case PASS_THROUGH -> "subjectief: gelden direct doorgeboekt";
            case FAN_IN, GATHER_SCATTER -> "subjectief: veel tegenrekeningen in korte tijd";
            case LAYERING_CHAIN, CYCLE -> "subjectief: buitenlandse overboekingen zonder economisch doel";
            default -> "subjectief: afwijkend transactiepatroon";
        };
    }
}
