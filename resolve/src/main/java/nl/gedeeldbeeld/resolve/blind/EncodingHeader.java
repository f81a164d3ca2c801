package nl.gedeeldbeeld.resolve.blind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first line of an encoding file: who encoded it and how, so the platform can name the partner in the
 * other side's signals and refuse to compare files that were encoded differently. It carries the secret's
 * public check ({@link SharedSecret#check()}), never the secret.
 *
 * <pre>#gb-blind version=4 partner=POLITIE bits=1024 k-name=20 k-date=100 hardening=balanced secret-check=1f2e…</pre>
 */
public record EncodingHeader(String partner, EncodingScheme scheme, String secretCheck) {
    static final String MAGIC = "#gb-blind";
    private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CHECK = Pattern.compile("[0-9a-f]{16}");

    public EncodingHeader {
        Objects.requireNonNull(scheme, "scheme");
        if (partner == null || !PARTNER.matcher(partner).matches()) {
            throw new IllegalArgumentException("partner '" + partner + "' must be 1-64 letters, digits, '_' or '-' (an organisation code such as POLITIE)");
        }
        if (secretCheck == null || !CHECK.matcher(secretCheck).matches()) {
            throw new IllegalArgumentException("secret-check must be 16 hex digits");
        }
    }

    public String toLine() {
        return MAGIC + " version=" + scheme.version() + " partner=" + partner + " bits=" + scheme.bits() + " k-name="
                + scheme.kName() + " k-date=" + scheme.kDate() + " hardening=" + scheme.hardening().code()
                + " secret-check=" + secretCheck;
    }

    /** The header in {@code line}; the message says what is wrong when it is not one. */
    static EncodingHeader parse(String line) {
        if (line == null || !line.startsWith(MAGIC + " ")) {
            throw new IllegalArgumentException("not a blind encoding file: the first line must start with '" + MAGIC + " '");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : line.substring(MAGIC.length()).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("header field '" + part + "' is not name=value");
            }
            fields.put(part.substring(0, eq), part.substring(eq + 1));
        }
        try {
            EncodingScheme scheme = new EncodingScheme(number(fields, "version"), number(fields, "bits"),
                    number(fields, "k-name"), number(fields, "k-date"), Hardening.parse(text(fields, "hardening")));
            return new EncodingHeader(text(fields, "partner"), scheme, text(fields, "secret-check"));
        } catch (nl.gedeeldbeeld.model.UserInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String text(Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null) {
            throw new IllegalArgumentException("header lacks " + name + "=");
        }
        return v;
    }

    private static int number(Map<String, String> fields, String name) {
        try {
            return Integer.parseInt(text(fields, name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("header " + name + "=" + fields.get(name) + " is not a number");
        }
    }

    /** What differs between this file's encoding and {@code other}'s, if anything does; the partner may differ. */
    public Optional<String> incompatibility(EncodingHeader other) {
        List<String> diffs = new ArrayList<>();
        if (scheme.version() != other.scheme.version()) {
            diffs.add("version " + scheme.version() + " vs " + other.scheme.version());
        }
        if (scheme.bits() != other.scheme.bits()) {
            diffs.add("bits " + scheme.bits() + " vs " + other.scheme.bits());
        }
        if (scheme.kName() != other.scheme.kName() || scheme.kDate() != other.scheme.kDate()) {
            diffs.add("k-name/k-date " + scheme.kName() + "/" + scheme.kDate() + " vs " + other.scheme.kName() + "/" + other.scheme.kDate());
        }
        if (scheme.hardening() != other.scheme.hardening()) {
            diffs.add("hardening " + scheme.hardening().code() + " vs " + other.scheme.hardening().code());
        }
        if (!secretCheck.equals(other.secretCheck)) {
            diffs.add("secret-check " + secretCheck + " vs " + other.secretCheck + " (different secrets)");
        }
        return diffs.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", diffs));
    }
}
