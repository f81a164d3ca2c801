package nl.gedeeldbeeld.analytics.money;

/**
 * How an account's outgoing payment is attributed to the money that came in before it: the conventions of
 * tracing in forensic accounting and the law on mixed funds: "first in, first out" after Clayton's Case
 * (Devaynes v Noble, 1816), its mirror LIFO, and the proportional ("haircut") rule; compared for
 * transaction graphs by Möser, Böhme &amp; Breuker, "Towards risk scoring of Bitcoin transactions" (2014)
 * and Anderson et al., "Bitcoin Redux" (2019).
 */
public enum Allocation {
    /** First in, first out: a payment spends the oldest money still on the account. */
    FIFO,
    /** Last in, first out: a payment spends the newest money first. */
    LIFO,
    /** Every payment spends all money on the account in proportion to how much of each is left. */
    PROPORTIONAL
}
