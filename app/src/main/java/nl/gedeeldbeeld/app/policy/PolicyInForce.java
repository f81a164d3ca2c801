package nl.gedeeldbeeld.app.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records in the audit log which policy catalogue the application enforces, each time it starts: its
 * source, the SHA-256 of its text and what it holds. The catalogue changes only by replacing its file and
 * restarting, so consecutive events with different hashes are the record of an admin change to the
 * policy, and the hash ties every later decision to the text that made it.
 */
@Component
class PolicyInForce {
    static final String ACTOR = "system:gb-serve";
    static final String DEMO_RESOURCE = "/nl/gedeeldbeeld/policy/demo-policy.yml";

    private final PolicyProperties properties;
    private final PolicyCatalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    PolicyInForce(PolicyProperties properties, PolicyCatalogue catalogue, AuditLog audit, Clock clock) {
        this.properties = properties;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void record() {
        String source = properties.catalogueFile().map(Object::toString).orElse("bundled demo catalogue");
        String detail = "policy catalogue in force: " + source + " sha256=" + sha256() + "; "
                + catalogue.organisations().size() + " organisations, " + catalogue.users().size() + " users, "
                + catalogue.purposes().size() + " purposes, " + catalogue.agreements().size() + " agreement versions";
        audit.append(new AuditRecord(clock.instant(), TraceIds.fresh(), "policy-load",
                "beheer-toegangsbeleid", ACTOR, "", "", "", AuditAction.ADMIN, List.of(), "LOADED", detail));
        audit.flush();
    }

    private String sha256() {
        try (InputStream in = properties.catalogueFile().isPresent()
                ? Files.newInputStream(properties.catalogueFile().get())
                : PolicyCatalogue.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy catalogue to record it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
