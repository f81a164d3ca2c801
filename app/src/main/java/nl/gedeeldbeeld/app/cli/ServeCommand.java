package nl.gedeeldbeeld.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
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

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        start(options, port);
        return 0;
    }

    static void start(StoreOptions options, int port) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
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
