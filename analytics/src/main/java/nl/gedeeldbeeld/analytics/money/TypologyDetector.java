package nl.gedeeldbeeld.analytics.money;

import java.util.List;

/** A detector of one money-laundering typology on a {@link TransactionGraph}. Implementations are stateless. */
public interface TypologyDetector {
    Typology typology();

    /** The alerts on this graph, one per finding (the scan merges findings on the same accounts). */
    List<Alert> detect(TransactionGraph graph);
}
