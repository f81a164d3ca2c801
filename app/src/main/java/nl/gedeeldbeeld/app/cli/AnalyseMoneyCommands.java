package nl.gedeeldbeeld.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gedeeldbeeld.analytics.money.LabelledSample;
import nl.gedeeldbeeld.analytics.money.MoneyFlowAnalysis;
import nl.gedeeldbeeld.analytics.money.MoneyFlowModel;
import nl.gedeeldbeeld.analytics.money.TransactionCsvReader;
import nl.gedeeldbeeld.model.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Money-flow detection on a transaction file from outside, without the store: {@code gb analyse money} scores
 * every account with the learned model and the explained rules and writes the flagged ones;
 * {@code gb analyse money-train} retrains the model from labelled files. A summary and every bad row go to
 * standard error, so standard output can be piped as CSV.
 */
final class AnalyseMoneyCommands {
    /** Exit status when the file was read but some rows were refused or kept without their bad value. */
    static final int ROWS_REPORTED = 3;
    private static final int SHOWN_PROBLEMS = 50;

    private AnalyseMoneyCommands() {
    }

    @Command(name = "money", description = {"Money-flow detection on a transaction CSV: account,score,flagged_by,typologies,reasons, "
            + "one row per flagged account, highest score first.",
            "Columns source,target,amount,time (time a step number or a date yyyy-mm-dd); other header names with the --*-column options.",
            "A row with a bad amount or time keeps its accounts but not the transaction; a row without both accounts is refused. "
                    + "Each is reported with its line; the exit status is " + ROWS_REPORTED + " when any row was reported, 0 when none."})
    static final class Money implements Callable<Integer> {
        @Option(names = "--transactions", required = true, paramLabel = "FILE.csv", description = "The transactions.")
        Path transactions;

        @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the flagged accounts here (default: standard output).")
        Path out;

        @Option(names = "--source-column", paramLabel = "NAME", description = "Header of the paying account's column.")
        String sourceColumn;

        @Option(names = "--target-column", paramLabel = "NAME", description = "Header of the receiving account's column.")
        String targetColumn;

        @Option(names = "--amount-column", paramLabel = "NAME", description = "Header of the amount's column.")
        String amountColumn;

        @Option(names = "--time-column", paramLabel = "NAME", description = "Header of the time's column (step number or date).")
        String timeColumn;

        @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'gb analyse money-train' (default: the one shipped).")
        Path model;

        @Option(names = "--cycle-span", defaultValue = "150", paramLabel = "TICKS",
                description = "How far apart (steps or days) the hops of one ring may lie, in any order (default: ${DEFAULT-VALUE}).")
        int cycleSpan;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (cycleSpan < 0) {
                throw new UserInputException("--cycle-span must be 0 or more, was " + cycleSpan);
            }
            MoneyFlowModel m = model == null ? MoneyFlowModel.shipped() : readModel(model);
            TransactionCsvReader reader = new TransactionCsvReader(TransactionCsvReader.Columns.defaults()
                    .with(sourceColumn, targetColumn, amountColumn, timeColumn));
            TransactionCsvReader.Result read = reader.read(transactions);
            PrintWriter err = spec.commandLine().getErr();
            List<TransactionCsvReader.Problem> problems = read.problems();
            for (int i = 0; i < Math.min(SHOWN_PROBLEMS, problems.size()); i++) {
                err.println(problems.get(i).reason());
            }
            if (problems.size() > SHOWN_PROBLEMS) {
                err.println("… and " + (problems.size() - SHOWN_PROBLEMS) + " more rows reported");
            }
            MoneyFlowAnalysis.Result result = new MoneyFlowAnalysis(m, cycleSpan,
                    Math.max(1, Runtime.getRuntime().availableProcessors())).analyse(read.graph());
            try (Writer w = AnalyseCommand.writer(out, spec)) {
                w.write("account,score,flagged_by,typologies,reasons\n");
                for (MoneyFlowAnalysis.Flag f : result.flags()) {
                    w.write(AnalyseCommand.csv(f.account()) + "," + String.format(Locale.ROOT, "%.4f", f.score()) + ","
                            + (f.learned() ? "score" : "rule") + "," + AnalyseCommand.csv(String.join(" ", f.typologies())) + ","
                            + AnalyseCommand.csv(String.join("; ", f.reasons())) + "\n");
                }
            } catch (IOException e) {
                throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
            }
            err.printf(Locale.ROOT, "%s: %d rows, %d transactions, %d accounts (time as %s); %d rows refused, %d kept without the "
                            + "transaction; %d accounts flagged (score threshold %.3f), %d rule alerts%n", transactions, read.rows(),
                    read.graph().transactionCount(), read.graph().accountCount(), read.timeIsDate() ? "days" : "steps",
                    read.refused(), read.keptInPart(), result.flags().size(), result.threshold(), result.alerts().size());
            err.flush();
            return problems.isEmpty() ? 0 : ROWS_REPORTED;
        }
    }

    @Command(name = "money-train", description = {"Retrain the learned money-flow score from labelled transaction files and write the model.",
            "Give --transactions and --labels once per sample, in pairs (labels: first column the account, a 0/1 column isFraud, "
                    + "is_laundering, label or fraud; AMLSim's nodes.csv is one). XGBoost's parameters (depth, minimum child weight) and the threshold are chosen by cross-validation on the training rows."})
    static final class MoneyTrain implements Callable<Integer> {
        @Option(names = "--transactions", required = true, paramLabel = "FILE.csv", description = "Transactions of one sample (repeatable).")
        List<Path> transactions = new ArrayList<>();

        @Option(names = "--labels", required = true, paramLabel = "FILE.csv", description = "Labels of the same sample (repeatable, same order).")
        List<Path> labels = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
        Path out;

        @Option(names = "--trees", defaultValue = "200", paramLabel = "N", description = "Boosting rounds (default: ${DEFAULT-VALUE}).")
        int trees;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (transactions.size() != labels.size()) {
                throw new UserInputException("give as many --labels as --transactions (" + transactions.size() + " and "
                        + labels.size() + ")");
            }
            if (trees < 1) {
                throw new UserInputException("--trees must be at least 1, was " + trees);
            }
            List<LabelledSample.Rows> rows = new ArrayList<>();
            for (int i = 0; i < transactions.size(); i++) {
                rows.add(LabelledSample.read(transactions.get(i).toString(), transactions.get(i), labels.get(i)).rows(a -> true));
            }
            LabelledSample.Rows all = LabelledSample.Rows.concat(rows);
            int positives = 0;
            for (boolean b : all.y()) {
                positives += b ? 1 : 0;
            }
            if (positives < 2 || positives > all.y().length - 2) {
                throw new UserInputException("the labels need both classes among accounts with transactions; found " + positives
                        + " positive of " + all.y().length);
            }
            MoneyFlowModel m = MoneyFlowModel.train(all.x(), all.y(), trees);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                m.write(w);
            } catch (IOException e) {
                throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "trained on %d accounts (%d positive) from %d samples; parameters chosen by cross-validation on them: %s; threshold %.3f; wrote %s%n",
                    all.y().length, positives, transactions.size(), m.params(), m.threshold(), out);
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    static MoneyFlowModel readModel(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return MoneyFlowModel.read(r, file.toString());
        } catch (NoSuchFileException e) {
            throw new UserInputException("model file " + file + " does not exist");
        } catch (IOException e) {
            throw new UserInputException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }
}
