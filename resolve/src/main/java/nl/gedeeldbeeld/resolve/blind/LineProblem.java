package nl.gedeeldbeeld.resolve.blind;

import java.util.Objects;

/** A record that was skipped, where it was and why, in the form the importers use: "file: line N: reason". */
public record LineProblem(String file, long line, String reason) {
    public LineProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ": line " + line + ": " + reason;
    }
}
