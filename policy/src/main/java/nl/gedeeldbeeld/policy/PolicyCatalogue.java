package nl.gedeeldbeeld.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.write.WriteRules;

/**
 * The access policy as data: organisations and their units, roles, users, purposes, the legal regimes
 * (from the model's catalogue) and the versioned sharing agreements (convenanten). Built from YAML by
 * {@link PolicyCatalogueReader} and checked by {@link PolicyCatalogueValidator} on construction, so an
 * instance never holds a dangling reference. Immutable; one instance serves all requests until an admin
 * loads a new one.
 */
public final class PolicyCatalogue {
    private static final String DEMO = "/nl/gedeeldbeeld/policy/demo-policy.yml";

    private final Map<String, Organisation> organisations;
    private final Map<String, Role> roles;
    private final Map<String, User> users;
    private final Map<String, Purpose> purposes;
    private final List<SharingAgreement> agreements;
    private final LegalRegimes regimes;
    private final WriteRules writeRules;

    /** A catalogue without write rules: every governed write is refused (see {@link WriteRules#none()}). */
    public PolicyCatalogue(String source, Collection<Organisation> organisations, Collection<Role> roles,
                           Collection<User> users, Collection<Purpose> purposes,
                           Collection<SharingAgreement> agreements, LegalRegimes regimes) {
        this(source, organisations, roles, users, purposes, agreements, regimes, WriteRules.none());
    }

    public PolicyCatalogue(String source, Collection<Organisation> organisations, Collection<Role> roles,
                           Collection<User> users, Collection<Purpose> purposes,
                           Collection<SharingAgreement> agreements, LegalRegimes regimes, WriteRules writeRules) {
        this.organisations = index(organisations, Organisation::code, source, "organisation");
        this.roles = index(roles, Role::code, source, "role");
        this.users = index(users, User::id, source, "user");
        this.purposes = index(purposes, Purpose::code, source, "purpose");
        this.agreements = agreements.stream()
                .sorted(Comparator.comparing(SharingAgreement::id).thenComparingInt(SharingAgreement::version))
                .toList();
        this.regimes = regimes;
        this.writeRules = java.util.Objects.requireNonNull(writeRules, "writeRules");
        new PolicyCatalogueValidator(source, this).validate();
    }

    /** The bundled catalogue that matches the synthetic world's partners and datasets. */
    public static PolicyCatalogue demo() {
        try (InputStream in = PolicyCatalogue.class.getResourceAsStream(DEMO)) {
            return PolicyCatalogueReader.read(in, "demo-policy.yml", LegalRegimes.standard(), SchemaRegistry.standard());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled demo policy", e);
        }
    }

    public static PolicyCatalogue fromFile(Path file, LegalRegimes regimes) {
        try (InputStream in = Files.newInputStream(file)) {
            return PolicyCatalogueReader.read(in, file.toString(), regimes, SchemaRegistry.standard());
        } catch (IOException e) {
            throw new UserInputException("cannot read policy file " + file + ": " + e.getMessage());
        }
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key, String source, String kind) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(key.apply(item), item) != null) {
                throw new UserInputException(source + ": " + kind + " '" + key.apply(item) + "' is defined twice");
            }
        }
        return map;
    }

    public Optional<Organisation> organisation(String code) {
        return Optional.ofNullable(organisations.get(code));
    }

    public Organisation requireOrganisation(String code) {
        return organisation(code).orElseThrow(() -> unknown("organisation", code, organisations.keySet()));
    }

    public Optional<User> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    public User requireUser(String id) {
        return user(id).orElseThrow(() -> new UserInputException("unknown user '" + id + "'"));
    }

    public Optional<Purpose> purpose(String code) {
        return Optional.ofNullable(purposes.get(code));
    }

    public Purpose requirePurpose(String code) {
        return purpose(code).orElseThrow(() -> unknown("purpose", code, purposes.keySet()));
    }

    public Optional<Role> role(String code) {
        return Optional.ofNullable(roles.get(code));
    }

    /** The purposes the user's roles grant, sorted. */
    public Set<String> purposesOf(User user) {
        Set<String> result = new TreeSet<>();
        user.roles().forEach(r -> role(r).ifPresent(role -> result.addAll(role.purposes())));
        return result;
    }

    public List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    public List<Role> roles() {
        return List.copyOf(roles.values());
    }

    public List<User> users() {
        return List.copyOf(users.values());
    }

    public List<Purpose> purposes() {
        return List.copyOf(purposes.values());
    }

    /** Every version of every agreement, by id then version. */
    public List<SharingAgreement> agreements() {
        return agreements;
    }

    /** The versions in force on that date (at most one per agreement id). */
    public List<SharingAgreement> agreementsOn(LocalDate date) {
        return agreements.stream().filter(a -> a.isValidOn(date)).toList();
    }

    public List<SharingAgreement> versions(String agreementId) {
        return agreements.stream().filter(a -> a.id().equals(agreementId)).toList();
    }

    public Optional<SharingAgreement> agreement(AgreementRef ref) {
        return agreements.stream().filter(a -> a.ref().equals(ref)).findFirst();
    }

    public LegalRegimes regimes() {
        return regimes;
    }

    /** Who may act on which data (judging, joint cases, holds, purges, protection flags, export approval). */
    public WriteRules writeRules() {
        return writeRules;
    }

    private static UserInputException unknown(String kind, String code, Collection<String> known) {
        return new UserInputException("unknown " + kind + " '" + code + "'; known: "
                + String.join(", ", new TreeSet<>(known)));
    }
}
