package nl.gedeeldbeeld.app.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;

/**
 * The users who may sign in with a password: catalogue user id → password hash, prefixed with its
 * encoder as Spring Security's {@code DelegatingPasswordEncoder} expects ({@code {bcrypt}…}, later
 * {@code {argon2@SpringSecurity_v5_8}…}). The YAML file reads
 * <pre>
 * accounts:
 *   analist-politie: "{bcrypt}$2a$12$…"
 * </pre>
 * Each id must be a user of the policy catalogue, since the catalogue says which organisation and roles a
 * signed-in user has; an unknown id is an error at startup, not a user who can sign in but see nothing.
 * Plain-text passwords ({@code {noop}}) are refused.
 */
public final class PasswordAccounts {
    /** The bundled demo accounts; every one has the demo password (see the file). */
    public static final String DEMO = "/nl/gedeeldbeeld/app/security/demo-accounts.yml";
    private static final Pattern ENCODER_PREFIX = Pattern.compile("\\{[A-Za-z0-9@._-]+}.+");

    private final Map<String, String> hashes;

    private PasswordAccounts(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    /** No password accounts at all (OIDC only). */
    public static PasswordAccounts none() {
        return new PasswordAccounts(Map.of());
    }

    public static PasswordAccounts demo(PolicyCatalogue catalogue) {
        try (InputStream in = PasswordAccounts.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException("the bundled demo accounts " + DEMO + " are missing");
            }
            return read(in, "demo-accounts.yml", catalogue);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled demo accounts", e);
        }
    }

    public static PasswordAccounts fromFile(Path file, PolicyCatalogue catalogue) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), catalogue);
        } catch (IOException e) {
            throw new UserInputException("cannot read accounts file " + file + " (gb.auth.accounts): " + e.getMessage());
        }
    }

    public static PasswordAccounts read(InputStream in, String source, PolicyCatalogue catalogue) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (JsonProcessingException e) {
            throw new UserInputException(source + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || root.size() != 1 || !root.path("accounts").isObject()) {
            throw new UserInputException(source + ": expected one mapping 'accounts' of user id to password hash");
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("accounts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> account = it.next();
            String id = account.getKey();
            if (catalogue.user(id).isEmpty()) {
                throw new UserInputException(source + ": account '" + id + "' is not a user of the policy catalogue; its users are "
                        + String.join(", ", new TreeSet<>(catalogue.users().stream().map(User::id).toList())));
            }
            String hash = account.getValue().isTextual() ? account.getValue().asText().trim() : "";
            if (!ENCODER_PREFIX.matcher(hash).matches()) {
                throw new UserInputException(source + ": account '" + id
                        + "': give a password hash with its encoder prefix, such as {bcrypt}$2a$12$…");
            }
            if (hash.startsWith("{noop}")) {
                throw new UserInputException(source + ": account '" + id + "': plain-text passwords ({noop}) are not accepted");
            }
            hashes.put(id, hash);
        }
        return new PasswordAccounts(hashes);
    }

    public Optional<String> hashOf(String userId) {
        return Optional.ofNullable(hashes.get(userId));
    }

    public Set<String> userIds() {
        return new TreeSet<>(hashes.keySet());
    }
}
