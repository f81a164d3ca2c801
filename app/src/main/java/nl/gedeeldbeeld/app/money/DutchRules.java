package nl.gedeeldbeeld.app.money;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The money-alert rules in Dutch for the screens ({@code ${@dutchRules.rule(a.rule())}} in geld.html). The detectors
 * of {@code analytics.money} state their rule as an English sentence with their thresholds in it (the CLI and the
 * API keep that); the UI speaks Dutch, so each sentence shape is read back here with its figures and said again in
 * Dutch, amounts in Dutch notation and ticks as days (the store's transaction view counts days). A sentence of a
 * shape this does not know is shown as it is rather than guessed at; {@code DutchRulesTest} runs every detector so
 * a changed sentence shows up there.
 */
@Component("dutchRules")
public class DutchRules {
    private static final String N = "(\\d+)";
    private static final String P = "(\\d+%)";
    private static final String E = "€([\\d,]+)\\.(\\d{2})";

    private record Shape(Pattern english, String dutch) {
        static Shape of(String english, String dutch) {
            return new Shape(Pattern.compile(english), dutch);
        }
    }

    // Groups are numbered as in the English sentence; an amount (E) takes two groups: euros and cents.
    private static final List<Shape> SHAPES = List.of(
            Shape.of("at least " + N + " distinct accounts pay one account within " + N + " ticks",
                    "minstens {1} verschillende rekeningen betalen binnen {2} dagen aan één rekening"),
            Shape.of("one account pays at least " + N + " distinct accounts within " + N + " ticks",
                    "één rekening betaalt binnen {2} dagen aan minstens {1} verschillende rekeningen"),
            Shape.of("money returns to its account through " + N + "-" + N + " accounts in time order, each hop within " + N
                            + " ticks and " + P + " of the amount before, from " + E,
                    "geld keert via {1} tot {2} rekeningen, op volgorde in de tijd, terug naar de eigen rekening; elke stap"
                            + " binnen {3} dagen en binnen {4} van het vorige bedrag, vanaf {5}"),
            Shape.of("money returns to its account through " + N + "-" + N + " accounts in any order within " + N
                            + " ticks, each hop within " + P + " of the first hop's amount, from " + E,
                    "geld keert via {1} tot {2} rekeningen, in willekeurige volgorde binnen {3} dagen, terug naar de eigen"
                            + " rekening; elke stap binnen {4} van het bedrag van de eerste stap, vanaf {5}"),
            Shape.of("one account receives from at least " + N + " accounts and pays at least " + N + " accounts within " + N
                            + " ticks, paying out " + P + "-" + P + " of what came in",
                    "één rekening ontvangt van minstens {1} rekeningen en betaalt binnen {3} dagen aan minstens {2}"
                            + " rekeningen, samen {4} tot {5} van wat binnenkwam"),
            Shape.of("money passes along at least " + N + " hops, each account passing on " + P + "-100% of what it received"
                            + " within " + N + " ticks, from " + E,
                    "geld gaat door minstens {1} stappen; elke rekening geeft binnen {3} dagen {2} tot 100% van wat zij"
                            + " ontving door, vanaf {4}"),
            Shape.of("an account in one country receives domestic payments that an account in another country mirrors"
                            + " \\(within " + P + ", within " + N + " ticks\\) with domestic payments at least " + N
                            + " times, from " + E + ", without a transfer between the two",
                    "een rekening in het ene land ontvangt binnenlandse betalingen die een rekening in een ander land"
                            + " minstens {3} keer spiegelt met binnenlandse betalingen (binnen {1}, binnen {2} dagen), vanaf {4},"
                            + " zonder overboeking tussen de twee"),
            Shape.of("money of at least " + E + " comes in and " + P + "-" + P + " of it goes out again within " + N
                            + " ticks, in at least " + N + " episode\\(s\\)",
                    "minstens {1} komt binnen en {2} tot {3} daarvan gaat binnen {4} dagen weer uit, minstens {5} keer"),
            Shape.of("one account pays at least " + N + " intermediaries within " + N + " ticks that each pass on the amount"
                            + " \\(within " + P + "\\) to one same account within " + N + " ticks",
                    "één rekening betaalt binnen {2} dagen aan minstens {1} tussenrekeningen, die elk het bedrag (binnen {3})"
                            + " binnen {4} dagen doorbetalen aan één en dezelfde rekening"),
            Shape.of("at least " + N + " (deposits or transfers|cash deposits) between " + E + " and " + E
                            + " \\(just below the reporting threshold\\) onto one account within " + N + " ticks",
                    "minstens {1} {2} tussen {3} en {4} (net onder de meldgrens) op één rekening binnen {5} dagen"));

    /** The rule in Dutch; the sentence as given when its shape is unknown. */
    public String rule(String english) {
        for (Shape shape : SHAPES) {
            Matcher m = shape.english().matcher(english);
            if (m.matches()) {
                return fill(shape.dutch(), m);
            }
        }
        return english;
    }

    /** Replaces {k} by the k-th figure of the sentence (an amount of two groups counting as one figure). */
    private static String fill(String template, Matcher m) {
        List<String> figures = new java.util.ArrayList<>();
        String pattern = m.pattern().pattern();
        int group = 1;
        // Walk the groups in order; an amount's euros group is followed by its cents group.
        while (group <= m.groupCount()) {
            String value = m.group(group);
            if (isEurosGroup(pattern, group)) {
                figures.add("€ " + value.replace(",", ".") + "," + m.group(group + 1));
                group += 2;
            } else {
                figures.add(dutchWords(value));
                group++;
            }
        }
        String out = template;
        for (int i = figures.size(); i >= 1; i--) {
            out = out.replace("{" + i + "}", figures.get(i - 1));
        }
        return out;
    }

    private static String dutchWords(String value) {
        return switch (value) {
            case "deposits or transfers" -> "stortingen of overboekingen";
            case "cash deposits" -> "contante stortingen";
            default -> value;
        };
    }

    /** Whether capturing group {@code group} of the pattern is the euros of an amount (the group opening "€("). */
    private static boolean isEurosGroup(String pattern, int group) {
        int seen = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '(' && (i + 1 >= pattern.length() || pattern.charAt(i + 1) != '?')) {
                seen++;
                if (seen == group) {
                    return i > 0 && pattern.charAt(i - 1) == '€';
                }
            }
        }
        return false;
    }
}
