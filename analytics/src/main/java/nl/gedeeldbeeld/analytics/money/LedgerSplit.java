package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's history replayed under an {@link Allocation}: each outgoing transaction split into the
 * pieces of incoming transactions it spent. Time-respecting: a payment can only spend money that arrived at
 * the same tick or before (within one tick, incoming money counts as arrived first, since ticks are coarse
 * and a mule typically passes money on the day it lands). What a payment spends beyond the money seen coming
 * in (an opening balance, or income outside the data) is a piece with incoming transaction {@code -1}.
 */
final class LedgerSplit {
    /** A piece of an outgoing transaction paid out of an incoming one ({@code in = -1}: unknown origin). */
    record Piece(int in, int out, double cents) {
    }

    private final Map<Integer, List<Piece>> byOut = new HashMap<>();
    private final Map<Integer, List<Piece>> byIn = new HashMap<>();

    LedgerSplit(TransactionGraph g, int account, Allocation rule) {
        List<double[]> lots = new ArrayList<>(); // {in tx, remaining}, in arrival order
        int i = g.inStart(account);
        int o = g.outStart(account);
        while (o < g.outEnd(account)) {
            int out = g.outTx(o);
            while (i < g.inEnd(account) && g.time(g.inTx(i)) <= g.time(out)) {
                int in = g.inTx(i++);
                if (in != out) {
                    lots.add(new double[] {in, g.cents(in)});
                }
            }
            spend(lots, out, g.cents(out), rule);
            o++;
        }
    }

    private void spend(List<double[]> lots, int out, double amount, Allocation rule) {
        double left = amount;
        switch (rule) {
            case FIFO -> {
                while (left > 1e-9 && !lots.isEmpty()) {
                    left -= take(lots, 0, out, left);
                }
            }
            case LIFO -> {
                while (left > 1e-9 && !lots.isEmpty()) {
                    left -= take(lots, lots.size() - 1, out, left);
                }
            }
            case PROPORTIONAL -> {
                double total = 0;
                for (double[] lot : lots) {
                    total += lot[1];
                }
                if (total > 1e-9) {
                    double share = Math.min(1, left / total);
                    for (double[] lot : lots) {
                        double piece = lot[1] * share;
                        add(new Piece((int) lot[0], out, piece));
                        lot[1] -= piece;
                        left -= piece;
                    }
                    lots.removeIf(lot -> lot[1] <= 1e-9);
                }
            }
        }
        if (left > 1e-9) {
            add(new Piece(-1, out, left));
        }
    }

    /** Takes up to {@code want} from the lot at {@code at}; removes it when empty; returns what it took. */
    private double take(List<double[]> lots, int at, int out, double want) {
        double[] lot = lots.get(at);
        double piece = Math.min(want, lot[1]);
        add(new Piece((int) lot[0], out, piece));
        lot[1] -= piece;
        if (lot[1] <= 1e-9) {
            lots.remove(at);
        }
        return piece;
    }

    private void add(Piece p) {
        byOut.computeIfAbsent(p.out(), k -> new ArrayList<>()).add(p);
        if (p.in() >= 0) {
            byIn.computeIfAbsent(p.in(), k -> new ArrayList<>()).add(p);
        }
    }

    /** The pieces an outgoing transaction was paid from. */
    List<Piece> paidFrom(int out) {
        return byOut.getOrDefault(out, List.of());
    }

    /** The pieces of an incoming transaction that later payments spent. */
    List<Piece> spentOn(int in) {
        return byIn.getOrDefault(in, List.of());
    }
}
