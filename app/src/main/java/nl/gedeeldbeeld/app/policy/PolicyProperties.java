package nl.gedeeldbeeld.app.policy;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the access policy comes from.
 *
 * @param catalogue a policy catalogue YAML file (format: policy/README.md); blank for the bundled demo
 *                  catalogue that matches the synthetic world
 */
@ConfigurationProperties(prefix = "gb.policy")
public record PolicyProperties(String catalogue) {
    public PolicyProperties {
        catalogue = catalogue == null ? "" : catalogue.trim();
    }

    public Optional<Path> catalogueFile() {
        return Optional.of(catalogue).filter(s -> !s.isEmpty()).map(Path::of);
    }
}
