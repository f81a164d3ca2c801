package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.List;

/** The scan behind fan-in and fan-out. */
final class Fans {
    private Fans() {
    }

    static List<Alert> detect(TransactionGraph g, boolean incoming, int min, int window, long minCents,
            Typology typology, String rule) {
        List<Alert> alerts = new ArrayList<>();
        FanWindow w = new FanWindow(g.accountCount());
        for (int v = 0; v < g.accountCount(); v++) {
            int degree = incoming ? g.inDegree(v) : g.outDegree(v);
            if (degree < min || g.isCash(v)) {
                continue;
            }
            w.scan(g, incoming ? g.inStart(v) : g.outStart(v), incoming ? g.inEnd(v) : g.outEnd(v), incoming,
                    window, minCents);
            if (w.bestDistinct < min) {
                continue;
            }
            Finding f = new Finding().account(v);
            for (int p = w.bestFrom; p < w.bestTo; p++) {
                int tx = incoming ? g.inTx(p) : g.outTx(p);
                if (g.cents(tx) >= minCents) {
                    f.transaction(g, tx);
                }
            }
            f.figure(incoming ? "payers" : "payees", w.bestDistinct).totals(g);
            alerts.add(f.toAlert(g, typology, rule));
        }
        return alerts;
    }
}
