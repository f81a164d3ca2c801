package nl.gedeeldbeeld.analytics.money;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Traces money through the transaction graph, forward (where did the money an account paid out end up) or
 * backward (where did the money an account received come from), under an {@link Allocation} rule that says
 * which receipts each payment spent. Time-respecting: a payment is only ever attributed to money that had
 * arrived by then (see {@link LedgerSplit}). The approach is taint propagation as formalised for transaction
 * graphs by Möser, Böhme &amp; Breuker (2014) and Anderson et al., "Bitcoin Redux" (2019), on bank transfers.
 *
 * <p>Forward: each payment of the start account carries its full amount; at the account it reaches, the
 * allocation rule says which later payments spent that receipt and how much of it; that part travels on,
 * hop by hop, up to {@code maxDepth} hops, and a part below {@code floorCents} is not followed. Backward is
 * the mirror image: each receipt of the start account is split over the receipts of its payer that paid it.
 * The split of each account's history is computed once per tracer and reused.
 */
public final class FundTracer {
    public static final int DEFAULT_MAX_DEPTH = 5;
    public static final long DEFAULT_FLOOR_CENTS = 100;
    /**
     * Legs (a piece of traced money on one transaction) followed per trace at most. The proportional rule
     * splits every receipt over every later payment, so on a busy graph the legs multiply with each hop;
     * past this limit the trace stops and says so rather than running out of memory.
     */
    public static final int MAX_LEGS = 1_000_000;

    private final TransactionGraph graph;
    private final Allocation allocation;
    private final int maxDepth;
    private final long floorCents;
    private final Map<Integer, LedgerSplit> splits = new ConcurrentHashMap<>();

    public FundTracer(TransactionGraph graph, Allocation allocation) {
        this(graph, allocation, DEFAULT_MAX_DEPTH, DEFAULT_FLOOR_CENTS);
    }

    public FundTracer(TransactionGraph graph, Allocation allocation, int maxDepth, long floorCents) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.allocation = Objects.requireNonNull(allocation, "allocation");
        if (maxDepth < 1) {
            throw new IllegalArgumentException("trace depth must be at least 1, was " + maxDepth);
        }
        if (floorCents < 0) {
            throw new IllegalArgumentException("trace floor must not be negative, was " + floorCents);
        }
        this.maxDepth = maxDepth;
        this.floorCents = floorCents;
    }

    /** Where the money this account paid out went. */
    public FundTrace forward(String account) {
        return trace(account, FundTrace.Direction.FORWARD, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Where the money this account paid out between two ticks (inclusive) went. */
    public FundTrace forward(String account, int fromTick, int toTick) {
        return trace(account, FundTrace.Direction.FORWARD, fromTick, toTick);
    }

    /** Where the money this account received came from. */
    public FundTrace backward(String account) {
        return trace(account, FundTrace.Direction.BACKWARD, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Where the money this account received between two ticks (inclusive) came from. */
    public FundTrace backward(String account, int fromTick, int toTick) {
        return trace(account, FundTrace.Direction.BACKWARD, fromTick, toTick);
    }

    /** A piece of traced money on its way: the transaction carrying it, how much of it, and the path so far. */
    private record Leg(int tx, double cents, int depth, List<Integer> path) {
    }

    private static final class Tally {
        double cents;
        double endsHere;
        int depth = Integer.MAX_VALUE;
        final List<Leg> legs = new ArrayList<>();
    }

    private FundTrace trace(String label, FundTrace.Direction direction, int fromTick, int toTick) {
        int start = graph.account(label).orElseThrow(
                () -> new UserInputException("no account " + label + " in the transaction graph"));
        boolean forward = direction == FundTrace.Direction.FORWARD;
        ArrayDeque<Leg> queue = new ArrayDeque<>();
        double traced = 0;
        int from = forward ? graph.outStart(start) : graph.inStart(start);
        int to = forward ? graph.outEnd(start) : graph.inEnd(start);
        for (int p = from; p < to; p++) {
            int tx = forward ? graph.outTx(p) : graph.inTx(p);
            if (graph.time(tx) >= fromTick && graph.time(tx) <= toTick) {
                queue.add(new Leg(tx, graph.cents(tx), 1, List.of(tx)));
                traced += graph.cents(tx);
            }
        }
        Map<Integer, Tally> tallies = new HashMap<>();
        int legs = queue.size();
        boolean truncated = false;
        while (!queue.isEmpty()) {
            Leg leg = queue.poll();
            int at = forward ? graph.to(leg.tx) : graph.from(leg.tx);
            Tally tally = tallies.computeIfAbsent(at, k -> new Tally());
            tally.cents += leg.cents;
            tally.depth = Math.min(tally.depth, leg.depth);
            tally.legs.add(leg);
            double passed = 0;
            if (leg.depth < maxDepth && !graph.isCash(at)) {
                LedgerSplit split = splits.computeIfAbsent(at, a -> new LedgerSplit(graph, a, allocation));
                double share = leg.cents / graph.cents(leg.tx);
                for (LedgerSplit.Piece piece : forward ? split.spentOn(leg.tx) : split.paidFrom(leg.tx)) {
                    int next = forward ? piece.out() : piece.in();
                    double carried = piece.cents() * share;
                    if (next < 0 || carried < floorCents || carried <= 0) {
                        continue;
                    }
                    if (++legs > MAX_LEGS) {
                        truncated = true;
                        continue;
                    }
                    List<Integer> path = new ArrayList<>(leg.path);
                    path.add(next);
                    queue.add(new Leg(next, carried, leg.depth + 1, path));
                    passed += carried;
                }
            }
            tally.endsHere += leg.cents - passed;
        }
        List<FundTrace.Reached> reached = new ArrayList<>();
        for (Map.Entry<Integer, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            List<FundTrace.Flow> flows = new ArrayList<>();
            for (Leg leg : t.legs) {
                List<String> ids = new ArrayList<>(leg.path.size());
                for (int tx : leg.path) {
                    ids.add(graph.transactionId(tx));
                }
                flows.add(new FundTrace.Flow(ids, Math.round(leg.cents)));
            }
            flows.sort(Comparator.comparingLong(f -> -f.cents()));
            reached.add(new FundTrace.Reached(graph.label(e.getKey()), Math.round(t.cents), Math.round(t.endsHere),
                    t.depth, flows));
        }
        reached.sort(Comparator.comparingLong((FundTrace.Reached r) -> -r.cents()).thenComparing(FundTrace.Reached::account));
        return new FundTrace(label, direction, allocation, Math.round(traced), reached, truncated);
    }
}
