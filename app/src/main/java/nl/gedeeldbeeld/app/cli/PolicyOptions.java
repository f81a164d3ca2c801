package nl.gedeeldbeeld.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import nl.gedeeldbeeld.app.policy.PolicyConfiguration;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import picocli.CommandLine.Option;

/**
 * Which access policy a command enforces: {@code --policy FILE}, else the environment variable
 * {@code GB_POLICY_CATALOGUE} (the same variable sets {@code gb.policy.catalogue} for the web application),
 * else the bundled demo catalogue. Read with the application's own loader, so a file means the same to
 * {@code gb search} as to {@code gb serve}.
 */
final class PolicyOptions {
    static final String ENVIRONMENT = "GB_POLICY_CATALOGUE";

    @Option(names = "--policy", paramLabel = "FILE.yml",
            description = "Policy catalogue (YAML, see policy/README.md) to enforce instead of the bundled demo one, "
                    + "as gb.policy.catalogue in the app. Default from $" + ENVIRONMENT + ".")
    Path file;

    /** The file given, if any: the option, else the environment. */
    Optional<Path> file() {
        return Optional.ofNullable(file).or(() -> Optional.ofNullable(System.getenv(ENVIRONMENT))
                .filter(s -> !s.isBlank()).map(Path::of));
    }

    PolicyCatalogue catalogue(LegalRegimes regimes) {
        return PolicyConfiguration.load(file(), regimes);
    }
}
