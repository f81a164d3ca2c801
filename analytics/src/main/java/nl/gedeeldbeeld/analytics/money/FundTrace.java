package nl.gedeeldbeeld.analytics.money;

import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link FundTracer} run, explained: per account reached, how much of the traced money is
 * attributed to it and along which chains of transactions it travelled.
 *
 * @param start       label of the account traced from
 * @param direction   forward (where the money went) or backward (where it came from)
 * @param allocation  the rule that split each account's payments over its receipts
 * @param tracedCents the money traced: the start account's payments (forward) or receipts (backward)
 * @param accounts    the accounts reached, most money first
 * @param truncated   true when the trace stopped at the tracer's limit of legs followed, so money further
 *                    out is missing (raise the floor or lower the depth)
 */
public record FundTrace(String start, Direction direction, Allocation allocation, long tracedCents,
                        List<Reached> accounts, boolean truncated) {
    public enum Direction { FORWARD, BACKWARD }

    public FundTrace {
        Objects.requireNonNull(start, "start");
        accounts = List.copyOf(accounts);
    }

    /**
     * One account the money reached.
     *
     * @param account       its label
     * @param cents         traced money attributed to it: received from the trail (forward) or paid into it
     *                      (backward)
     * @param endsHereCents the part whose trail ends here: kept on the account, or (backward) paid from money
     *                      of unknown origin, or stopped by the depth limit or the amount floor
     * @param depth         the fewest hops from the start
     * @param flows         the chains of transactions that carried it, each with its amount
     */
    public record Reached(String account, long cents, long endsHereCents, int depth, List<Flow> flows) {
        public Reached {
            flows = List.copyOf(flows);
        }
    }

    /** A chain of transaction ids from the start account outward (forward) or inward (backward). */
    public record Flow(List<String> transactions, long cents) {
        public Flow {
            transactions = List.copyOf(transactions);
        }
    }

    /** The account with this label, if the trace reached it. */
    public java.util.Optional<Reached> reached(String account) {
        return accounts.stream().filter(r -> r.account().equals(account)).findFirst();
    }
}
