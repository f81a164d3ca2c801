package nl.gedeeldbeeld.app.money;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.analytics.money.MoneyFlowModel;

/**
 * The learned score's features in Dutch words, with the account's own value in them ("ontvangt van 12
 * tegenpartijen binnen 10 dagen"), for the money screens and the scores in the API. A feature id means nothing
 * to an analyst; the sentence says what was seen without judging it ("veel" would be wrong where a small value
 * is what raised the score). Ticks are days in the store's transaction view. {@code DutchFeaturesTest} fails
 * when a feature has no words.
 */
final class DutchFeatures {
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    /** How a value is shown: a count ({@code log(1 + n)} undone), a share, a ratio to the usual amount, or as it is. */
    private enum Kind { COUNT, SHARE, RATIO, WHOLE, DECIMAL }

    private record Words(String text, Kind kind) {
    }

    private static final Map<String, Words> WORDS = Map.ofEntries(
            Map.entry("in_tx", new Words("ontvangt %s betalingen", Kind.COUNT)),
            Map.entry("out_tx", new Words("doet %s betalingen", Kind.COUNT)),
            Map.entry("in_peers", new Words("ontvangt van %s verschillende tegenpartijen", Kind.COUNT)),
            Map.entry("out_peers", new Words("betaalt aan %s verschillende tegenpartijen", Kind.COUNT)),
            Map.entry("low_in_share", new Words("%s van de ontvangsten ligt ver onder het gebruikelijke bedrag", Kind.SHARE)),
            Map.entry("low_out_share", new Words("%s van de betalingen ligt ver onder het gebruikelijke bedrag", Kind.SHARE)),
            Map.entry("low_tx", new Words("%s betalingen ver onder het gebruikelijke bedrag", Kind.COUNT)),
            Map.entry("min_amount", new Words("kleinste bedrag is %s het gebruikelijke bedrag", Kind.RATIO)),
            Map.entry("median_amount", new Words("middelste bedrag is %s het gebruikelijke bedrag", Kind.RATIO)),
            Map.entry("burst_in", new Words("ontvangt tot %s gelijke bedragen van één betaler op één dag", Kind.WHOLE)),
            Map.entry("burst_out", new Words("betaalt tot %s gelijke bedragen aan één ontvanger op één dag", Kind.WHOLE)),
            Map.entry("burst_tx", new Words("%s betalingen zijn op dezelfde dag gelijk herhaald", Kind.COUNT)),
            Map.entry("fan_in_window", new Words("ontvangt van %s tegenpartijen binnen 10 dagen", Kind.COUNT)),
            Map.entry("fan_out_window", new Words("betaalt aan %s tegenpartijen binnen 10 dagen", Kind.COUNT)),
            Map.entry("two_cycles", new Words("%s tegenpartijen betalen ongeveer het betaalde bedrag terug", Kind.COUNT)),
            Map.entry("three_cycles", new Words("%s kringen van drie stappen met ongeveer hetzelfde bedrag", Kind.COUNT)),
            Map.entry("ring_member", new Words("ligt op een kring van gelijke bedragen (3 tot 10 stappen): %s", Kind.WHOLE)),
            Map.entry("passed_on_share", new Words("%s van de ontvangsten gaat met hetzelfde bedrag door", Kind.SHARE)),
            Map.entry("burstiness", new Words("betalingen komen in pieken (burstiness %s, van -1 tot 1)", Kind.DECIMAL)),
            Map.entry("busiest_tick_share", new Words("%s van de betalingen valt op de drukste dag", Kind.SHARE)),
            Map.entry("active_span", new Words("actief gedurende %s van de periode", Kind.SHARE)),
            Map.entry("repeat_out_share", new Words("%s van de betalingen heeft steeds hetzelfde bedrag", Kind.SHARE)),
            Map.entry("repeat_in_share", new Words("%s van de ontvangsten heeft steeds hetzelfde bedrag", Kind.SHARE)),
            Map.entry("in_out_ratio", new Words("ontvangt %s wat zij betaalt", Kind.RATIO)),
            Map.entry("nb_low_share", new Words("tegenpartijen doen gemiddeld %s van hun betalingen ver onder het gebruikelijke bedrag", Kind.SHARE)),
            Map.entry("nb_low_accounts", new Words("%s tegenpartijen bewegen zeer kleine bedragen", Kind.COUNT)),
            Map.entry("nb_burst", new Words("een tegenpartij herhaalt tot %s gelijke betalingen op één dag", Kind.WHOLE)),
            Map.entry("nb_degree", new Words("tegenpartijen hebben elk zo'n %s betalingen", Kind.COUNT)),
            Map.entry("nb_ring_members", new Words("%s tegenpartijen liggen op een kring van gelijke bedragen", Kind.COUNT)),
            Map.entry("nb_passed_on", new Words("tegenpartijen geven gemiddeld %s van hun ontvangsten onveranderd door", Kind.SHARE)),
            Map.entry("fan_in_short", new Words("ontvangt van %s tegenpartijen binnen 2 dagen", Kind.COUNT)),
            Map.entry("fan_out_short", new Words("betaalt aan %s tegenpartijen binnen 2 dagen", Kind.COUNT)),
            Map.entry("fan_in_long", new Words("ontvangt van %s tegenpartijen binnen 40 dagen", Kind.COUNT)),
            Map.entry("fan_out_long", new Words("betaalt aan %s tegenpartijen binnen 40 dagen", Kind.COUNT)),
            Map.entry("busiest_window", new Words("tot %s betalingen binnen 10 dagen", Kind.COUNT)),
            Map.entry("forwarded_share", new Words("%s van de ontvangsten binnen 10 dagen met ongeveer hetzelfde bedrag doorbetaald", Kind.SHARE)),
            Map.entry("nb_low_tx_share", new Words("%s van de betalingen met rekeningen die zeer kleine bedragen bewegen", Kind.SHARE)),
            Map.entry("nb_max_low_share", new Words("een tegenpartij doet tot %s van haar betalingen met zeer kleine bedragen", Kind.SHARE)),
            Map.entry("nb2_low_accounts", new Words("%s rekeningen op twee stappen bewegen zeer kleine bedragen", Kind.COUNT)),
            Map.entry("nb2_low_share", new Words("%s van de rekeningen op twee stappen beweegt zeer kleine bedragen", Kind.SHARE)));

    private DutchFeatures() {
    }

    /** The features this class has words for (a test compares them with the model's). */
    static Set<String> known() {
        return WORDS.keySet();
    }

    /** The feature's part in Dutch, with the account's value; an unknown feature is named by its id, never hidden. */
    static String words(MoneyFlowModel.Part part) {
        Words w = WORDS.get(part.feature());
        if (w == null) {
            return part.feature() + " = " + decimal(part.value());
        }
        if (part.feature().equals("ring_member")) {
            return part.value() > 0 ? "ligt op een kring van gelijke bedragen (3 tot 10 stappen)"
                    : "ligt niet op een kring van gelijke bedragen";
        }
        return String.format(NL, w.text(), value(w.kind(), part.value()));
    }

    private static String value(Kind kind, double v) {
        return switch (kind) {
            case COUNT -> Long.toString(Math.round(Math.expm1(v)));
            case SHARE -> {
                NumberFormat f = NumberFormat.getPercentInstance(NL);
                f.setMaximumFractionDigits(0);
                yield f.format(v);
            }
            case RATIO -> decimal(Math.exp(v)) + " maal";
            case WHOLE -> Long.toString(Math.round(v));
            case DECIMAL -> decimal(v);
        };
    }

    private static String decimal(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMaximumFractionDigits(v != 0 && Math.abs(v) < 0.1 ? 3 : 2);
        return f.format(v);
    }
}
