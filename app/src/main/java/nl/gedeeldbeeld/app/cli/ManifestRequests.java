package nl.gedeeldbeeld.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.ingest.ImportRequest;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reads a world's {@code manifest.json} (written by {@code gb generate}) into import requests: one per
 * file, with the dataset, partner, regime, reliability, format and mapping the manifest gives it. Paths
 * are relative to the manifest's directory.
 */
public final class ManifestRequests {
    private ManifestRequests() {
    }

    public static List<ImportRequest> read(Path manifest) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new UserInputException("cannot read manifest " + manifest + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode files = root == null ? null : root.get("files");
        if (files == null || !files.isArray()) {
            throw new UserInputException(manifest + ": expected a list under 'files'");
        }
        Path base = manifest.toAbsolutePath().getParent();
        List<ImportRequest> requests = new ArrayList<>();
        int index = 0;
        for (JsonNode f : files) {
            index++;
            String where = manifest + ": file " + index;
            ImportRequest.Builder b = ImportRequest.builder(text(f, "dataset", where), text(f, "partner", where), text(f, "regime", where))
                    .file(resolve(base, text(f, "path", where), where))
                    .format(text(f, "format", where))
                    .reliability(f.path("reliability").asText("F6"));
            if (f.hasNonNull("mapping")) {
                b.mapping(resolve(base, f.get("mapping").asText(), where));
            }
            requests.add(b.build());
        }
        return requests;
    }

    private static Path resolve(Path base, String relative, String where) {
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base)) {
            throw new UserInputException(where + ": path '" + relative + "' points outside the manifest's directory");
        }
        if (!Files.isRegularFile(p)) {
            throw new UserInputException(where + ": file " + p + " does not exist");
        }
        return p;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.asText().isBlank()) {
            throw new UserInputException(where + ": missing '" + field + "'");
        }
        return v.asText();
    }
}
