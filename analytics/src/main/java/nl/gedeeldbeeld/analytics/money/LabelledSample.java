package nl.gedeeldbeeld.analytics.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Transactions with account-level ground truth, for training and evaluating the learned score: a graph, its
 * features, and per account whether it is in a planted pattern. Labels come from a CSV file whose first
 * column is the account and which has a 0/1 column named {@code isFraud}, {@code is_laundering}, {@code label}
 * or {@code fraud} (AMLSim's {@code nodes.csv} is one). Accounts in the labels file without any transaction
 * stay in {@link #truth()}: a detector cannot flag them, and evaluation counts them as missed.
 *
 * @param name     for reports
 * @param graph    the transactions
 * @param features the graph's account features
 * @param truth    every labelled account and its label, in file order
 */
public record LabelledSample(String name, TransactionGraph graph, AccountFeatures features, Map<String, Boolean> truth) {
    public LabelledSample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(features, "features");
        truth = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(truth));
    }

    /** Reads {@code transactions} with the default columns and the labels beside them. */
    public static LabelledSample read(String name, Path transactions, Path labels) {
        TransactionGraph g = new TransactionCsvReader().read(transactions).graph();
        return new LabelledSample(name, g, new AccountFeatures(g), labels(labels));
    }

    /** An AMLSim sample {@code DIR/NAME_transactions.csv} with {@code DIR/NAME_nodes.csv}. */
    public static LabelledSample amlsim(Path dir, String name) {
        return read(name, dir.resolve(name + "_transactions.csv"), dir.resolve(name + "_nodes.csv"));
    }

    /** Account → label from a labels file (see the class comment). */
    public static Map<String, Boolean> labels(Path file) {
        Map<String, Boolean> truth = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new UserInputException(file + ": empty labels file");
            }
            List<String> names = TransactionCsvReader.split(header, ',');
            int label = -1;
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i).strip().toLowerCase(Locale.ROOT);
                if (n.equals("isfraud") || n.equals("is_laundering") || n.equals("label") || n.equals("fraud")) {
                    label = i;
                    break;
                }
            }
            if (label < 1) {
                throw new UserInputException(file + ": no label column (isFraud, is_laundering, label or fraud) after the "
                        + "account column in " + names);
            }
            long line = 1;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> f = TransactionCsvReader.split(text, ',');
                if (f.size() <= label) {
                    throw new UserInputException(file + " line " + line + ": no label");
                }
                String v = f.get(label).strip();
                if (!v.equals("0") && !v.equals("1")) {
                    throw new UserInputException(file + " line " + line + ": label '" + v + "' is not 0 or 1");
                }
                truth.put(f.get(0).strip(), v.equals("1"));
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException("labels file " + file + " does not exist");
        } catch (IOException e) {
            throw new UserInputException("cannot read labels file " + file + ": " + e.getMessage(), e);
        }
        return truth;
    }

    /** Feature rows and labels of the labelled accounts that have transactions and pass {@code keep}. */
    public Rows rows(Predicate<String> keep) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : truth.entrySet()) {
            if (!keep.test(e.getKey())) {
                continue;
            }
            graph.account(e.getKey()).ifPresent(v -> {
                x.add(features.row(v));
                y.add(e.getValue());
            });
        }
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        return new Rows(x.toArray(double[][]::new), labels);
    }

    /** Training rows: features and labels. */
    public record Rows(double[][] x, boolean[] y) {
        public static Rows concat(List<Rows> parts) {
            int n = parts.stream().mapToInt(p -> p.y.length).sum();
            double[][] x = new double[n][];
            boolean[] y = new boolean[n];
            int k = 0;
            for (Rows p : parts) {
                for (int i = 0; i < p.y.length; i++) {
                    x[k] = p.x[i];
                    y[k++] = p.y[i];
                }
            }
            return new Rows(x, y);
        }
    }
}
