package nl.gedeeldbeeld.model.resolution;

import java.util.Collection;
import java.util.List;

/**
 * Where judgements are kept: append-only, in the order they were made. Nothing is updated or deleted; a
 * judgement is reversed by a later one on the same pair. The interface sits beside {@link Judgement} in the
 * model (not in {@code resolve}) because {@code store}, which implements it, may depend on the model only.
 */
public interface JudgementLedger {
    /** Appends the judgements in one transaction: all of them or none. */
    void append(List<Judgement> judgements);

    /** Every judgement, oldest first. */
    List<Judgement> all();

    /** The judgements that name any of these records, oldest first. */
    List<Judgement> naming(Collection<String> recordIds);
}
