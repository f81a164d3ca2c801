package nl.gedeeldbeeld.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the web application (UI and API) over the store. */
@Command(name = "serve", description = "Serve the web UI and the API (default http://localhost:8080).")
final class ServeCommand implements Callable<Integer> {
    private static volatile ConfigurableApplicationContext context;

    @CommandLine.Mixin
    StoreOptions options;

    @CommandLine.Mixin
    PolicyOptions policy;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        if (policy.file != null) {
            policy.catalogue(LegalRegimes.standard()); // a bad file is one line and exit 2 here, not a failed start
        }
        start(options, port, Optional.ofNullable(policy.file).map(Path::toString));
        return 0;
    }

    /**
     * Starts the application. {@code catalogue}, when present, becomes {@code gb.policy.catalogue} (blank: the
     * bundled demo catalogue); when empty, the application's own configuration decides (e.g. the environment
     * variable {@code GB_POLICY_CATALOGUE}).
     */
    static void start(StoreOptions options, int port, Optional<String> catalogue) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        catalogue.ifPresent(c -> args.add("--gb.policy.catalogue=" + c));
        options.location().ifPresent(store -> args.add("--gb.store=" + store));
        if (options.index != null) {
            args.add("--gb.index=" + options.index);
        }
        context = SpringApplication.run(GedeeldBeeldApplication.class, args.toArray(String[]::new));
        System.err.println("Gedeeld Beeld draait op http://localhost:" + port + "/  (stoppen: Ctrl+C)");
    }

    /** Whether the web application is running, so that main() does not exit under it. */
    static boolean serving() {
        return context != null && context.isActive();
    }
}
