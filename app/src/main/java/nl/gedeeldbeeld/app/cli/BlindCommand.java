package nl.gedeeldbeeld.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.resolve.blind.BlindEncoder;
import nl.gedeeldbeeld.resolve.blind.BlindMatch;
import nl.gedeeldbeeld.resolve.blind.BlindMatcher;
import nl.gedeeldbeeld.resolve.blind.EncodeJob;
import nl.gedeeldbeeld.resolve.blind.EncodingFile;
import nl.gedeeldbeeld.resolve.blind.EncodingScheme;
import nl.gedeeldbeeld.resolve.blind.Hardening;
import nl.gedeeldbeeld.resolve.blind.HitSignals;
import nl.gedeeldbeeld.resolve.blind.LineProblem;
import nl.gedeeldbeeld.resolve.blind.MatchSettings;
import nl.gedeeldbeeld.resolve.blind.SharedSecret;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Blind matching (hit/no-hit) from the command line: {@code encode} runs at a partner with the shared
 * secret, {@code match} runs on the platform with two partners' encoding files and no secret. Both report
 * each skipped record on its own line ("file: line N: reason") and exit 1 when there were any, as
 * {@code gb ingest} does with quarantined records.
 */
@Command(name = "blind", description = "Blind hit/no-hit matching of persons between two partners.",
        subcommands = {BlindCommand.Encode.class, BlindCommand.Match.class})
final class BlindCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "encode", description = {"Partner side: encode a person file with the shared secret into a file for the platform.",
            "Columns (header line, any order): ref,given_name,surname,birth_date and optionally the address (street,"
                    + " house_number, postcode, place) and bsn, passport, id_card, driving_licence, iban, tax_number, id."})
    static final class Encode implements Callable<Integer> {
        @Option(names = "--secret-file", required = true, paramLabel = "FILE",
                description = "The secret the partners share (at least 32 bytes); never give it to the platform.")
        Path secretFile;

        @Option(names = "--partner", required = true, description = "Your organisation code, e.g. POLITIE; the other side's hits name it.")
        String partner;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "Plaintext person file (CSV, UTF-8, header line).")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Encoding file to hand to the platform.")
        Path out;

        @Option(names = "--hardening", defaultValue = "balanced",
                description = "balanced or none; both partners must use the same (default: ${DEFAULT-VALUE}).")
        String hardening;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            EncodingScheme scheme = EncodingScheme.STANDARD.withHardening(Hardening.parse(hardening));
            BlindEncoder encoder = new BlindEncoder(SharedSecret.read(secretFile), scheme);
            if (in.toAbsolutePath().normalize().equals(this.out.toAbsolutePath().normalize())) {
                throw new UserInputException("--out must not be the input file " + in);
            }
            String secretCheck;
            try {
                secretCheck = encoder.header(partner).secretCheck();
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--partner: " + e.getMessage(), e);
            }
            EncodeJob.Report report = EncodeJob.run(in, this.out, encoder, partner);
            out.printf(Locale.ROOT, "%d records of %s encoded into %s for %s (%d bits, %s, secret check %s); %d skipped%n",
                    report.encoded(), in.getFileName(), this.out, partner, scheme.length(), scheme.hardening().code(),
                    secretCheck, report.skipped().size());
            return problems(report.skipped());
        }

        private int problems(List<LineProblem> problems) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(p -> err.println(p));
            spec.commandLine().getOut().flush();
            err.flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "match", description = {"Platform side: find the hits between two partners' encoding files, without any secret.",
            "Writes OUT (the platform's register of hit pairs) and, beside it, one signal file per partner"
                    + " (OUT-for-PARTNER.csv) with only that partner's own references."})
    static final class Match implements Callable<Integer> {
        @Option(names = "--left", required = true, paramLabel = "FILE", description = "One partner's encoding file.")
        Path left;

        @Option(names = "--right", required = true, paramLabel = "FILE", description = "The other partner's encoding file.")
        Path right;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The platform's hit register (CSV).")
        Path out;

        @Option(names = "--threshold", paramLabel = "DICE",
                description = "Dice coefficient from which two filters are a hit (default: 0.88 balanced, 0.85 plain; see docs/benchmarks.md).")
        Double threshold;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            EncodingFile l = EncodingFile.read(left);
            EncodingFile r = EncodingFile.read(right);
            String leftPartner = l.header().partner();
            String rightPartner = r.header().partner();
            if (leftPartner.equals(rightPartner)) {
                throw new UserInputException(left.getFileName() + " and " + right.getFileName() + " are both from " + leftPartner
                        + "; blind matching compares two partners");
            }
            MatchSettings settings = MatchSettings.defaults(l.header().scheme());
            if (threshold != null) {
                try {
                    settings = settings.withThreshold(threshold);
                } catch (IllegalArgumentException e) {
                    throw new UserInputException("--threshold: " + e.getMessage(), e);
                }
            }
            BlindMatch match = new BlindMatcher(settings, l.header().scheme()).between(l, r);
            HitSignals signals = HitSignals.of(match, leftPartner, rightPartner);
            Path leftSignals = beside(this.out, leftPartner);
            Path rightSignals = beside(this.out, rightPartner);
            signals.writeRegister(this.out);
            HitSignals.writeSignals(leftSignals, signals.forLeft());
            HitSignals.writeSignals(rightSignals, signals.forRight());
            out.printf(Locale.ROOT, "%d hits between %s (%d records) and %s (%d records) at Dice %.2f; register %s, signals %s and %s%n",
                    match.hits().size(), leftPartner, l.encodings().size(), rightPartner, r.encodings().size(),
                    settings.threshold(), this.out, leftSignals, rightSignals);
            List<LineProblem> problems = new ArrayList<>(l.problems());
            problems.addAll(r.problems());
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(p -> err.println(p));
            out.flush();
            err.flush();
            return problems.isEmpty() ? 0 : 1;
        }

        /** "hits.csv" → "hits-for-POLITIE.csv", in the same directory. */
        static Path beside(Path register, String partner) {
            String name = register.getFileName().toString();
            String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
            return register.resolveSibling(stem + "-for-" + partner + ".csv");
        }
    }
}
