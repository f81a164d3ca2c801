package nl.gedeeldbeeld.resolve.blind;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * A match turned into what each side may learn ({@link HitSignal}), plus the platform's own register of
 * the pairs behind the hit ids. Hit ids are numbered in the match's order ({@code hit-000001} …) rather
 * than derived from the references: a hash of the other side's reference would let a partner test
 * guesses of it.
 */
public record HitSignals(String leftPartner, String rightPartner, List<BlindHit> hits) {
    public HitSignals {
        hits = List.copyOf(hits);
    }

    public static HitSignals of(BlindMatch match, String leftPartner, String rightPartner) {
        return new HitSignals(leftPartner, rightPartner, match.hits());
    }

    public static String hitId(int index) {
        return String.format(Locale.ROOT, "hit-%06d", index + 1);
    }

    /** What the left partner is told: its references, each known at the right partner. */
    public List<HitSignal> forLeft() {
        List<HitSignal> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            out.add(new HitSignal(hitId(i), hits.get(i).leftRef(), rightPartner, hits.get(i).basis()));
        }
        return out;
    }

    /** What the right partner is told: its references, each known at the left partner. */
    public List<HitSignal> forRight() {
        List<HitSignal> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            out.add(new HitSignal(hitId(i), hits.get(i).rightRef(), leftPartner, hits.get(i).basis()));
        }
        return out;
    }

    /** One side's signal file: {@code hit,ref,known_at,basis}. */
    public static void writeSignals(Path file, List<HitSignal> signals) {
        write(file, "hit,ref,known_at,basis", signals.stream()
                .map(s -> s.hitId() + "," + s.ownRef() + "," + s.knownAt() + "," + s.basis().code()).toList());
    }

    /** The platform's register, which only the platform keeps: both references, basis and Dice per hit id. */
    public void writeRegister(Path file) {
        List<String> lines = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            BlindHit h = hits.get(i);
            lines.add(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%.4f", hitId(i), leftPartner, h.leftRef(), rightPartner,
                    h.rightRef(), h.basis().code(), h.dice()));
        }
        write(file, "hit,left_partner,left_ref,right_partner,right_ref,basis,dice", lines);
    }

    private static void write(Path file, String columns, List<String> lines) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(columns);
            out.write('\n');
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
