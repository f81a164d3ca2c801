package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gedeeldbeeld.app.cli.Gb;
import nl.gedeeldbeeld.app.cli.StoreOptions;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.audit.FileAuditLog;
import nl.gedeeldbeeld.policy.audit.FsyncPolicy;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * The command-line column of the write-and-read matrix (issue 13, deliver 5): every {@code gb} command that reads
 * or writes under a user ({@code --as USER --purpose PURPOSE}), run in-process for every demo user × every
 * purpose their roles grant, on the matrix world in a store of its own. The output (standard output and error)
 * of each run is judged by the same independent oracle as the API matrix: no entity id, value or count the
 * caller may not see, and no write (exit 0) the write model refuses. The command list is taken from the
 * command line itself, so a new command under a user that the matrix does not send fails the coverage test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractCliWriteAndReadMatrixTest {
    private static final Pattern PENDING_ID = Pattern.compile("^([0-9a-f-]{36})  ", Pattern.MULTILINE);
    private static final Pattern HOLD_ID = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private Path dir;
    private Path audit;
    private String location;
    private Optional<Path> index;
    private PolicyCatalogue catalogue;
    private MatrixOracle oracle;
    private final Map<String, MatrixOracle.View> views = new HashMap<>();
    private final Map<String, String> holds = new HashMap<>();
    private final Set<String> covered = new TreeSet<>();

    /** The store location ({@code --store}) in this directory, and the index directory if it needs one. */
    abstract String storeLocation(Path dir) throws Exception;

    abstract Optional<Path> indexDirectory(Path dir);

    @BeforeAll
    void setUp() throws Exception {
        dir = Files.createTempDirectory("gb-cli-matrix");
        audit = dir.resolve("audit/audit.log");
        location = storeLocation(dir);
        index = indexDirectory(dir);
        catalogue = PolicyCatalogue.demo();
        try (Storage storage = open(); FileAuditLog log = FileAuditLog.open(audit, FsyncPolicy.ON_FLUSH, 100)) {
            MatrixWorld.load(storage, dir);
            AccessLayer access = AccessLayer.over(storage, catalogue, log, SchemaRegistry.standard(), Clock.systemUTC());
            AccessContext riec = as(access, "riec-adviseur", "RIEC_CASUS");
            AccessContext police = as(access, "analist-politie", "THEMATISCHE_ANALYSE");
            var jointCase = access.sharing().openCase(riec, "CLI-matrix", Set.of("POLITIE", "OM", "GEMEENTE_ROTTERDAM"));
            for (String source : List.of("p2", "c1", "as1")) {
                access.sharing().addToCase(police, jointCase.id(), id(storage, "politie-bvh", source));
            }
            access.protection().protect(police, id(storage, "politie-bvh", "p1"), "CLI-matrix");
            access.sharing().confirmHit(as(access, "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"),
                    id(storage, "fiod-onderzoek", "p2"), "POLITIE");
            access.sharing().confirmHit(as(access, "fiu-analist", "THEMATISCHE_ANALYSE"),
                    id(storage, "fiu-ongebruikelijke-transacties", "b1"), "POLITIE");
            holds.put(access.retention().placeHold(as(access, "privacy-officer", "VERANTWOORDING"),
                    nl.gedeeldbeeld.policy.registers.HoldScope.DATASET, "politie-bvh", "CLI-matrix").id(), "POLITIE");
        }
        oracle = reopenOracle();
        // A cross-owner judgement that waits for the police (finding 18 reads its queue).
        Run judged = gb("resolve", "judge", "--as", "rechercheur-fiod", "--purpose", "STRAFRECHTELIJK_ONDERZOEK",
                oracle.id("fiod-onderzoek", "p1"), oracle.id("politie-bvh", "p2"), "MATCH", "--reason", "CLI-matrix");
        assertThat(judged.exit()).as(judged.output()).isZero();
        oracle = reopenOracle();
    }

    private static AccessContext as(AccessLayer access, String user, String purpose) {
        return access.decisions().open(user, access.decisions().catalogue().requireUser(user).organisation(), purpose,
                "cli-matrix", Instant.now());
    }

    private static String id(Storage storage, String dataset, String source) {
        return storage.store().entityIds().id(dataset, source);
    }

    private Storage open() {
        return StoreFactory.open(StoreOptions.resolve(Optional.of(location), index));
    }

    private MatrixOracle reopenOracle() {
        views.clear();
        return new MatrixOracle(this::open, true, catalogue, audit);
    }

    /** One run of gb: exit status and everything it printed. */
    record Run(int exit, String output) {
    }

    Run gb(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        // The audit questions read the log, not the store; the others act on the store and write to our log.
        if (!args[0].equals("audit")) {
            all.addAll(List.of("--store", location));
            index.ifPresent(i -> all.addAll(List.of("--index", i.toString())));
            if (all.contains("--purpose") && !all.contains("--audit")) {
                all.addAll(List.of("--audit", audit.toString()));
            }
        }
        StringWriter out = new StringWriter();
        CommandLine cli = Gb.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    /** One user and a purpose their roles grant. */
    record Caller(String user, String purpose) {
    }

    List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        for (User u : catalogue.users()) {
            for (String purpose : new TreeSet<>(catalogue.purposesOf(u))) {
                callers.add(new Caller(u.id(), purpose));
            }
        }
        return callers;
    }

    private MatrixOracle.View view(Caller c) {
        if (views.isEmpty()) {
            views.putAll(oracle.views(callers().stream().map(x -> new String[] {x.user(), x.purpose()}).toList()));
        }
        return views.get(c.user() + "/" + c.purpose());
    }

    /** A command of the matrix: its words, the arguments for one caller and subject, and what it writes. */
    record Command(String name, Function<Context, List<String>> arguments, Function<Context, Optional<WriteRequest>> write) {
    }

    /** What a command's arguments are made from. */
    record Context(Caller caller, AccessContext ctx, String subject, String dataset, String source, String other) {
    }

    private List<Command> commands() {
        Function<Context, Optional<WriteRequest>> reads = c -> Optional.empty();
        return List.of(
                new Command("search", c -> List.of("search", oracle.nameOf(c.subject())), reads),
                new Command("lookup", c -> List.of("lookup", "--dataset", c.dataset(), c.source()), reads),
                new Command("resolve review", c -> List.of("resolve", "review", "--limit", "50"), reads),
                new Command("resolve pending", c -> List.of("resolve", "pending"), reads),
                new Command("resolve judge", c -> List.of("resolve", "judge", c.subject(), c.other(), "NO_MATCH"),
                        c -> Optional.of(WriteRequest.on(WriteAction.JUDGE, union(oracle.owners(c.subject()), oracle.owners(c.other()))))),
                new Command("resolve answer", c -> List.of("resolve", "answer", pendingId(), "--refuse"),
                        c -> Optional.of(WriteRequest.on(WriteAction.CONSENT_JUDGEMENT, Set.of(c.ctx().organisation().code())))),
                new Command("retention hold", c -> List.of("retention", "hold", "--entity", c.subject(), "--reason", "matrix"),
                        c -> Optional.of(WriteRequest.on(WriteAction.PLACE_HOLD, oracle.owners(c.subject())))),
                new Command("retention hold --dataset", c -> List.of("retention", "hold", "--dataset", c.dataset(), "--reason", "matrix"),
                        c -> Optional.of(WriteRequest.on(WriteAction.PLACE_HOLD, oracle.ownersOfDataset(c.dataset())))),
                new Command("retention lift", c -> List.of("retention", "lift", holds.keySet().iterator().next()),
                        c -> Optional.of(WriteRequest.on(WriteAction.LIFT_HOLD, Set.of(holds.values().iterator().next())))),
                new Command("analyse key-players", c -> List.of("analyse", "key-players", "--top", "100"), reads),
                new Command("analyse alerts", c -> List.of("analyse", "alerts"), reads),
                new Command("analyse trace", c -> List.of("analyse", "trace", "--account", c.subject()), reads),
                new Command("analyse ubo", c -> List.of("analyse", "ubo", "--company", c.subject()), reads),
                new Command("analyse fronts", c -> List.of("analyse", "fronts", "--min-score", "1"), reads),
                new Command("audit lookups", c -> List.of("audit", "lookups", "--entity", c.subject()), reads),
                new Command("audit reads", c -> List.of("audit", "reads", "--user", "analist-politie",
                        "--purpose", "THEMATISCHE_ANALYSE"), reads),
                new Command("resolve --export", c -> List.of("resolve", "--quiet", "--export",
                        dir.resolve("export-" + c.caller().user() + "-" + c.caller().purpose() + ".csv").toString()), reads));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private String pendingId() {
        Run listed = gb("resolve", "pending", "--as", "rechercheur-politie", "--purpose", "STRAFRECHTELIJK_ONDERZOEK");
        Matcher m = PENDING_ID.matcher(listed.output());
        return m.find() ? m.group(1) : "00000000-0000-0000-0000-000000000000";
    }

    @Test
    @Order(1)
    void theMatrixRunsEveryCommandThatActsUnderAUser() {
        Set<String> underAUser = new TreeSet<>();
        collect(Gb.commandLine(), "", underAUser);
        Set<String> sent = new TreeSet<>();
        commands().forEach(c -> sent.add(c.name().replace(" --dataset", "").replace(" --export", "")));
        assertThat(sent).containsAll(underAUser);
    }

    private static void collect(CommandLine cli, String prefix, Set<String> names) {
        String name = (prefix + " " + cli.getCommandName()).trim().replaceFirst("^gb ?", "");
        if (cli.getCommandSpec().findOption("--as") != null && !name.isEmpty()) {
            names.add(name);
        }
        cli.getSubcommands().values().forEach(sub -> collect(sub, prefix + " " + cli.getCommandName(), names));
    }

    @TestFactory
    @Order(100)
    Stream<DynamicTest> everyCommandForEveryUserAndPurpose() {
        List<Command> commands = commands();
        List<Caller> callers = callers();
        List<String> sample = oracle.sample();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest("gb " + command.name(), () -> {
                List<String> failures = new ArrayList<>();
                for (int ci = 0; ci < callers.size(); ci++) {
                    Caller caller = callers.get(ci);
                    String subject = sample.get(Math.floorMod(ci * 5 + index * 3, sample.size()));
                    String other = sample.get(Math.floorMod(ci * 5 + index * 3 + 1, sample.size()));
                    String[] source = oracle.sourceOf(subject);
                    AccessContext ctx = view(caller).ctx();
                    failures.addAll(run(command, new Context(caller, ctx, subject, source[0], source[1], other)));
                    if (command.write().apply(new Context(caller, ctx, subject, source[0], source[1], other)).isPresent()) {
                        // A write is also tried on the caller's own data, so the matrix sees it succeed where it may.
                        String own = ctx.organisation().code();
                        Optional<String> mine = sample.stream().filter(id -> oracle.owners(id).equals(Set.of(own))
                                && !id.equals(subject)).skip(ci % 3).findFirst();
                        if (mine.isPresent()) {
                            String[] s = oracle.sourceOf(mine.get());
                            failures.addAll(run(command, new Context(caller, ctx, mine.get(), s[0], s[1], subject)));
                        }
                    }
                }
                assertThat(failures).as("gb %s for %d callers", command.name(), callers.size()).isEmpty();
            }));
        }
        return tests.stream();
    }

    private List<String> run(Command command, Context c) {
        List<String> args = new ArrayList<>(command.arguments().apply(c));
        boolean auditQuestion = args.get(0).equals("audit");
        if (auditQuestion) {
            args.addAll(List.of("--as", c.caller().user(), "--log", audit.toString()));
        } else if (!args.contains("--export")) {
            args.addAll(List.of("--as", c.caller().user(), "--purpose", c.caller().purpose()));
        } else {
            args.addAll(List.of("--as", c.caller().user(), "--purpose", c.caller().purpose(), "--audit", audit.toString()));
        }
        Optional<WriteRequest> write = command.write().apply(c);
        Run run = gb(args.toArray(String[]::new));
        String output = run.output();
        if (args.contains("--export")) {
            Path file = Path.of(args.get(args.indexOf("--export") + 1));
            try {
                output += Files.exists(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        String described = c.caller() + " gb " + String.join(" ", args.subList(0, Math.min(args.size(), 6))) + " -> " + run.exit();
        List<String> failures = new ArrayList<>();
        if (output.contains("\tat nl.gedeeldbeeld") || output.contains("Exception in thread")) {
            failures.add(described + ": a stack trace");
        }
        covered.add(command.name() + (run.exit() == 0 ? " ok" : " refused"));
        if (write.isPresent()) {
            WriteDecision decision = oracle.decideWrite(c.ctx(), write.get());
            if (decision.outcome() == WriteDecision.Outcome.REFUSE && run.exit() == 0) {
                failures.add(described + ": the write model refuses (" + decision.rule() + ") but the command succeeded");
            }
            // No command here changes what anyone may read (judgements, consents and holds do not), so the
            // oracle's views stay valid after a successful write.
        }
        Set<String> alsoAllowed = auditQuestion ? oracle.auditedIdsOf(c.ctx().organisation().code()) : Set.of();
        for (String leak : oracle.leaks(view(c.caller()), String.join(" ", args), output, alsoAllowed)) {
            failures.add(described + ": " + leak);
        }
        return failures;
    }

    @Test
    @Order(200)
    @DisplayName("the matrix saw each command both succeed and be refused, so it cannot pass on refusals alone")
    void theMatrixSawSuccessesAndRefusals() {
        assertThat(covered).contains("search ok", "lookup ok", "lookup refused", "retention hold ok", "retention hold refused",
                "retention hold --dataset ok", "retention hold --dataset refused", "resolve judge ok", "resolve --export ok",
                "analyse key-players ok", "audit reads ok", "audit reads refused", "audit lookups ok");
    }
}
