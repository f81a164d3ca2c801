package nl.gedeeldbeeld.app.policy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one access policy the application enforces: the catalogue (organisations, purposes, roles, users,
 * agreements). The decision point that every request's {@link nl.gedeeldbeeld.policy.decision.AccessContext} is
 * opened with reads the store's registers and is built with the access layer ({@code AccessConfiguration}).
 * The catalogue is also the list of users who may sign in.
 */
@Configuration(proxyBeanMethods = false)
public class PolicyConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PolicyConfiguration.class);

    @Bean
    public PolicyCatalogue policyCatalogue(PolicyProperties properties) {
        properties.catalogueFile().ifPresentOrElse(file -> log.info("policy catalogue: {}", file),
                () -> log.info("policy catalogue: the bundled demo catalogue (set gb.policy.catalogue for another)"));
        return load(properties.catalogueFile(), LegalRegimes.standard());
    }

    /**
     * The one way a catalogue is read, by the application ({@code gb.policy.catalogue}) and by every command
     * of the {@code gb} command line ({@code --policy}): the file, checked against the legal regimes, or the
     * bundled demo catalogue. A bad file is a {@link nl.gedeeldbeeld.model.UserInputException} naming the
     * file, the entry and the reason.
     */
    public static PolicyCatalogue load(Optional<Path> file, LegalRegimes regimes) {
        return file.map(f -> PolicyCatalogue.fromFile(f, regimes)).orElseGet(PolicyCatalogue::demo);
    }

    /** The moment a request's access context is opened at, and the login throttle's time; tests replace it. */
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
