package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import nl.gedeeldbeeld.analytics.money.Alert;
import nl.gedeeldbeeld.analytics.money.Allocation;
import nl.gedeeldbeeld.analytics.money.FundTrace;
import nl.gedeeldbeeld.analytics.money.Typology;
import nl.gedeeldbeeld.analytics.ownership.CompanySignals;
import nl.gedeeldbeeld.analytics.ownership.UboReport;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.KeyPlayerAnalysis;
import nl.gedeeldbeeld.app.money.MoneyFlows;
import nl.gedeeldbeeld.app.network.NetworkViews;
import nl.gedeeldbeeld.app.network.ViewParameters;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.app.ownership.Ownerships;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gb analyse} on what is in the store, as a catalogue user with a purpose: every read goes through
 * the access layer and is audited, exactly as through the API, and each answer is printed with its
 * explanation. The edge-list commands beside these ({@code network}, {@code disrupt}) need no store.
 */
final class AnalyseStoreCommands {
    private AnalyseStoreCommands() {
    }

    /** Runs the analysis as {@code --as} for {@code --purpose}, reading through the access layer. */
    abstract static class AsUser extends UserCommand {
        @Override
        void run(Session session, PrintWriter out) {
            run(new VisibleEntities(session.layer(), session.storage().store(), SchemaRegistry.standard()),
                    session.storage(), session.ctx(), out);
        }

        abstract void run(VisibleEntities entities, Storage storage, AccessContext ctx, PrintWriter out);
    }

    /** The options of a graph view, as in the API. */
    static final class ViewOptions {
        @Option(names = "--schemata", description = "Relationship schemata, comma-separated (default: all), e.g. Family,Associate.")
        String schemata;

        @Option(names = "--derived", description = "Derived links: all (default), none, or shared-address,shared-phone,shared-vehicle,shared-account.")
        String derived;

        @Option(names = "--from", description = "Only links dated on or after this day (YYYY-MM-DD).")
        String from;

        @Option(names = "--to", description = "Only links dated on or before this day (YYYY-MM-DD).")
        String to;

        @Option(names = "--partners", description = "Only these partners' data, comma-separated.")
        String partners;

        @Option(names = "--around", paramLabel = "ENTITY_ID", description = "Only the ego network of this party.")
        String around;

        @Option(names = "--hops", defaultValue = "2", description = "With --around: how many links out (default: ${DEFAULT-VALUE}).")
        int hops;

        GraphView view(NetworkViews views, AccessContext ctx) {
            GraphView view = views.view(ctx, ViewParameters.parse(schemata, derived, from, to, partners, null));
            return around == null ? view : view.around(around, hops);
        }
    }

    @Command(name = "key-players", description = "Rank the parties of your view by betweenness, with key-player sets "
            + "and facilitators, each explained.")
    static final class KeyPlayers extends AsUser {
        @CommandLine.ArgGroup(exclusive = false)
        ViewOptions view = new ViewOptions();

        @Option(names = "--top", defaultValue = "20", description = "Ranked parties to show (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--k", defaultValue = "5", description = "Size of the key-player sets (default: ${DEFAULT-VALUE}).")
        int k;

        @Override
        void run(VisibleEntities entities, Storage storage, AccessContext ctx, PrintWriter out) {
            GraphView g = view.view(new NetworkViews(entities, new nl.gedeeldbeeld.app.resolution.ConsentedJudgements(
                    storage.store().judgements(), storage.store().pendingJudgements(), storage.store(),
                    nl.gedeeldbeeld.policy.PolicyCatalogue.demo())), ctx);
            KeyPlayerAnalysis.Result r = new KeyPlayerAnalysis(g, top, k, 1L).result();
            out.printf(Locale.ROOT, "weergave: %d partijen, %d verbanden, %d componenten, %d gemeenschappen "
                    + "(modulariteit %.3f); betweenness %s%n", r.nodes(), r.edges(), r.components(), r.communities(),
                    r.modularity(), r.betweennessMethod());
            r.ranked().forEach(n -> out.println(n.rank() + ". " + n.id() + " — " + n.explanation()));
            r.fragmentation().ifPresent(s -> out.println("KPP-Neg (uiteenvallen): " + s.captions() + " — " + s.explanation()));
            r.reach().ifPresent(s -> out.println("KPP-Pos (bereik): " + s.captions() + " — " + s.explanation()));
            r.facilitators().forEach(f -> out.println("facilitator " + f.id() + " — " + f.explanation()));
            r.notes().forEach(n -> out.println("let op: " + n));
            g.notes().forEach(n -> out.println("let op: " + n));
        }
    }

    @Command(name = "alerts", description = "Money-flow typology alerts on the payments you may see, each with its "
            + "rule, figures and accounts.")
    static final class Alerts extends AsUser {
        @Option(names = "--typology", description = "Only this typology, e.g. fan-in, cycle, structuring, offsetting.")
        String typology;

        @Option(names = "--from", description = "Only payments on or after this day (YYYY-MM-DD).")
        String from;

        @Option(names = "--to", description = "Only payments on or before this day (YYYY-MM-DD).")
        String to;

        @Option(names = "--limit", defaultValue = "50", description = "Alerts to print (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        void run(VisibleEntities entities, Storage storage, AccessContext ctx, PrintWriter out) {
            Optional<Typology> only = Optional.ofNullable(typology).map(t -> Typology.byLabel(t)
                    .orElseThrow(() -> new UserInputException("unknown typology '" + t + "'")));
            MoneyFlows.Alerts alerts = new MoneyFlows(entities).alerts(ctx, ViewParameters.date("--from", from),
                    ViewParameters.date("--to", to), only);
            out.printf(Locale.ROOT, "%d betalingen tussen %d rekeningen; %d signalen%n", alerts.transactions(),
                    alerts.accounts(), alerts.alerts().size());
            for (int i = 0; i < Math.min(limit, alerts.alerts().size()); i++) {
                Alert a = alerts.alerts().get(i);
                out.println(a.explain() + (alerts.tickDates().get(i).isEmpty() ? "" : " " + alerts.tickDates().get(i)));
                out.println("    rekeningen: " + a.accounts().stream().map(acc -> alerts.accountCaptions().getOrDefault(acc, acc))
                        .toList());
            }
            alerts.notes().forEach(n -> out.println("let op: " + n));
        }
    }

    @Command(name = "trace", description = "Trace the money of an account forward or backward (FIFO, LIFO or proportional).")
    static final class Trace extends AsUser {
        @Option(names = "--account", required = true, description = "IBAN or entity id of the account.")
        String account;

        @Option(names = "--direction", defaultValue = "forward", description = "forward or backward (default: ${DEFAULT-VALUE}).")
        String direction;

        @Option(names = "--allocation", defaultValue = "fifo", description = "fifo, lifo or proportional (default: ${DEFAULT-VALUE}).")
        String allocation;

        @Option(names = "--depth", defaultValue = "5", description = "Hops to follow (default: ${DEFAULT-VALUE}).")
        int depth;

        @Override
        void run(VisibleEntities entities, Storage storage, AccessContext ctx, PrintWriter out) {
            FundTrace trace = new MoneyFlows(entities).trace(ctx, account.trim(),
                    ViewParameters.choice(FundTrace.Direction.class, "--direction", direction),
                    ViewParameters.choice(Allocation.class, "--allocation", allocation), depth, Optional.empty(),
                    Optional.empty());
            out.printf(Locale.ROOT, "%s %s (%s): %.2f euro gevolgd%n", trace.direction(), trace.start(),
                    trace.allocation(), trace.tracedCents() / 100.0);
            for (FundTrace.Reached r : trace.accounts()) {
                out.printf(Locale.ROOT, "  %s: %.2f euro (waarvan %.2f blijft daar), %d stap(pen), via %s%n", r.account(),
                        r.cents() / 100.0, r.endsHereCents() / 100.0, r.depth(),
                        r.flows().stream().map(f -> f.transactions().toString()).toList());
            }
        }
    }

    @Command(name = "ubo", description = "The ultimate beneficial owners of a company, with the chains behind them.")
    static final class Ubo extends AsUser {
        @Option(names = "--company", required = true, description = "Entity id of the company.")
        String company;

        @Override
        void run(VisibleEntities entities, Storage storage, AccessContext ctx, PrintWriter out) {
            UboReport report = new Ownerships(entities).ubo(ctx, company.trim());
            out.println(report.explanation());
        }
    }

    @Command(name = "fronts", description = "Companies with front-company signals (crowded address, short life, nominee director).")
    static final class Fronts extends AsUser {
        @Option(names = "--min-score", defaultValue = "2", description = "Kinds of signal a company needs (default: ${DEFAULT-VALUE}).")
        int minScore;

        @Override
        void run(VisibleEntities entities, Storage storage, AccessContext ctx, PrintWriter out) {
            if (minScore < 1) {
                throw new UserInputException("--min-score must be at least 1, got " + minScore);
            }
            for (CompanySignals c : new Ownerships(entities).frontSignals(ctx, minScore)) {
                out.println(c.explanation());
            }
        }
    }
}
