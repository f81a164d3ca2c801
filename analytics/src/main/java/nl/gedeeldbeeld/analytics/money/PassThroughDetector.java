package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.List;

/**
 * Pass-through (rapid movement of funds, money-mule account): money comes in and almost all of it goes out
 * again within a day or two, leaving little behind. FATF/Egmont, "Money laundering and terrorist financing
 * through money mules" (2022) and FIU-NL's indicator "gelden direct doorgeboekt"; the "rapid movement of
 * funds" red flag of FinCEN advisories.
 *
 * <p>Rule: an account (not a cash node) receives at least {@code minCents} at tick {@code t}; within
 * {@code [t, t + maxDwellTicks]} it pays out between {@code 1 − maxResidual} and {@code 1 + maxResidual}
 * of everything it received in that stretch (the residual, what stays behind, is at most {@code
 * maxResidual} of it). Each such stretch is an episode; an account with at least {@code minEpisodes}
 * episodes is one finding. Defaults: dwell 2 ticks, residual 10%, €1,000, 1 episode.
 */
public final class PassThroughDetector implements TypologyDetector {
    public static final int DEFAULT_MAX_DWELL_TICKS = 2;
    public static final double DEFAULT_MAX_RESIDUAL = 0.10;
    public static final long DEFAULT_MIN_CENTS = 100_000;
    public static final int DEFAULT_MIN_EPISODES = 1;

    private final int maxDwellTicks;
    private final double maxResidual;
    private final long minCents;
    private final int minEpisodes;

    public PassThroughDetector() {
        this(DEFAULT_MAX_DWELL_TICKS, DEFAULT_MAX_RESIDUAL, DEFAULT_MIN_CENTS, DEFAULT_MIN_EPISODES);
    }

    public PassThroughDetector(int maxDwellTicks, double maxResidual, long minCents, int minEpisodes) {
        if (maxDwellTicks < 0 || !(maxResidual >= 0 && maxResidual < 1) || minEpisodes < 1) {
            throw new IllegalArgumentException("pass-through needs dwell >= 0, residual in [0, 1) and at least one"
                    + " episode, were " + maxDwellTicks + ", " + maxResidual + ", " + minEpisodes);
        }
        this.maxDwellTicks = maxDwellTicks;
        this.maxResidual = maxResidual;
        this.minCents = Math.max(1, minCents);
        this.minEpisodes = minEpisodes;
    }

    @Override
    public Typology typology() {
        return Typology.PASS_THROUGH;
    }

    @Override
    public List<Alert> detect(TransactionGraph g) {
        String rule = "money of at least " + Money.euros(minCents) + " comes in and " + Money.percent(1 - maxResidual)
                + "-" + Money.percent(1 + maxResidual) + " of it goes out again within " + maxDwellTicks
                + " ticks, in at least " + minEpisodes + " episode(s)";
        List<Alert> alerts = new ArrayList<>();
        for (int v = 0; v < g.accountCount(); v++) {
            if (g.isCash(v) || g.inDegree(v) == 0 || g.outDegree(v) == 0) {
                continue;
            }
            Finding f = null;
            int episodes = 0;
            long in = 0;
            long out = 0;
            int longestDwell = 0;
            int p = g.inStart(v);
            while (p < g.inEnd(v)) {
                if (g.inCents(p) < minCents) {
                    p++;
                    continue;
                }
                int t = g.inTime(p);
                int q = p;
                long received = 0;
                while (q < g.inEnd(v) && g.inTime(q) - t <= maxDwellTicks) {
                    received += g.inCents(q++);
                }
                long paid = 0;
                int lastOut = t;
                int o = g.outFirstAtOrAfter(v, t);
                int outFrom = o;
                for (; o < g.outEnd(v) && g.outTime(o) - t <= maxDwellTicks; o++) {
                    paid += g.outCents(o);
                    lastOut = g.outTime(o);
                }
                if (paid >= received * (1 - maxResidual) && paid <= received * (1 + maxResidual)) {
                    if (f == null) {
                        f = new Finding().account(v);
                    }
                    episodes++;
                    in += received;
                    out += paid;
                    longestDwell = Math.max(longestDwell, lastOut - t);
                    for (int i = p; i < q; i++) {
                        f.transaction(g, g.inTx(i));
                    }
                    for (int i = outFrom; i < o; i++) {
                        f.transaction(g, g.outTx(i));
                    }
                }
                p = q;
            }
            if (f != null && episodes >= minEpisodes) {
                f.figure("episodes", episodes).figure("inCents", in).figure("outCents", out)
                        .figure("residualRatio", 1 - (double) out / in).figure("longestDwellTicks", longestDwell)
                        .totals(g);
                alerts.add(f.toAlert(g, Typology.PASS_THROUGH, rule));
            }
        }
        return alerts;
    }
}
