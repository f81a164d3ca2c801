package nl.gedeeldbeeld.model.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;

/** The catalogue of legal regimes, read from YAML: the bundled default or a deployment's own file. */
public final class LegalRegimes {
    private final Map<String, LegalRegime> byCode;

    private LegalRegimes(Map<String, LegalRegime> byCode) {
        this.byCode = byCode;
    }

    public static LegalRegimes standard() {
        try (InputStream in = LegalRegimes.class.getResourceAsStream("/nl/gedeeldbeeld/model/legal-regimes.yml")) {
            return read(in, "legal-regimes.yml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled legal regimes", e);
        }
    }

    public static LegalRegimes fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UserInputException("cannot read legal regimes file " + file + ": " + e.getMessage());
        }
    }

    private static LegalRegimes read(InputStream in, String source) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        Map<String, LegalRegime> map = new LinkedHashMap<>();
        JsonNode regimes = root == null ? null : root.get("regimes");
        if (regimes == null || !regimes.isArray()) {
            throw new UserInputException(source + ": expected a list under 'regimes'");
        }
        int index = 0;
        for (JsonNode r : regimes) {
            index++;
            String where = source + ": regime " + index;
            String code = text(r, "code", where);
            List<String> onward = new ArrayList<>();
            if (r.has("onwardSharing")) {
                r.get("onwardSharing").forEach(o -> onward.add(o.asText()));
            }
            Period retention;
            try {
                retention = Period.parse(text(r, "retention", where));
            } catch (DateTimeParseException e) {
                throw new UserInputException(where + ": retention must be an ISO period such as P5Y");
            }
            map.put(code, new LegalRegime(code, text(r, "name", where), text(r, "legalBasis", where),
                    text(r, "holder", where), retention, onward));
        }
        return new LegalRegimes(Map.copyOf(map));
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.asText().isBlank()) {
            throw new UserInputException(where + ": missing '" + field + "'");
        }
        return v.asText();
    }

    public Optional<LegalRegime> find(String code) {
        return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The regime of that code, or a user error that lists the codes there are. */
    public LegalRegime require(String code) {
        return find(code).orElseThrow(() -> new UserInputException(
                "unknown legal regime '" + code + "'; known regimes: " + String.join(", ", codes())));
    }

    public List<String> codes() {
        return byCode.keySet().stream().sorted().toList();
    }

    public Collection<LegalRegime> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(LegalRegime::code)).toList();
    }
}
