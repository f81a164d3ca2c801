package nl.gedeeldbeeld.app.resolution;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.registers.PendingJudgement;
import nl.gedeeldbeeld.policy.registers.PendingJudgements;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * The judgement ledger as identities and network views may use it: the model's judgements (the platform's,
 * made only between records the sharing routes let be compared) and people's judgements that their owners
 * stand behind. A person's judgement is <em>cross-owner</em> when a record it names holds statements of an
 * organisation other than the judge's; such a judgement counts only once every other owner consented (the
 * write rule JUDGE, {@link PendingJudgements}), so a judgement made without the owner — also one recorded
 * before the write rules existed — changes nobody's view. Where a cross-owner judgement counts, it counts
 * only for viewers who may see both records ({@link IdentityService}; network views merge visible records
 * only).
 *
 * <p>Appending goes straight to the ledger: only the model and {@link IdentityService} append, the latter
 * after the write rules decided.
 */
public final class ConsentedJudgements implements JudgementLedger {
    private final JudgementLedger ledger;
    private final PendingJudgements pending;
    private final StatementStore store;
    private final PolicyCatalogue catalogue;

    public ConsentedJudgements(JudgementLedger ledger, PendingJudgements pending, StatementStore store,
                               PolicyCatalogue catalogue) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.store = Objects.requireNonNull(store, "store");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public void append(List<Judgement> judgements) {
        ledger.append(judgements);
    }

    @Override
    public List<Judgement> all() {
        return honoured(ledger.all());
    }

    @Override
    public List<Judgement> naming(Collection<String> recordIds) {
        return honoured(ledger.naming(recordIds));
    }

    /** Whether a person made this judgement on a record another organisation (also) owns. */
    public boolean crossOwner(Judgement j) {
        return j.human() && crossOwner(j, new HashMap<>());
    }

    private List<Judgement> honoured(List<Judgement> judgements) {
        if (judgements.stream().noneMatch(Judgement::human)) {
            return judgements;
        }
        Set<String> consented = new HashSet<>();
        for (PendingJudgement p : pending.applied()) {
            consented.add(key(p.judgement()));
        }
        Map<String, Set<String>> owners = new HashMap<>();
        return judgements.stream().filter(j -> !j.human() || !crossOwner(j, owners) || consented.contains(key(j))).toList();
    }

    private boolean crossOwner(Judgement j, Map<String, Set<String>> owners) {
        String judge = catalogue.user(j.by()).map(User::organisation).orElse("");
        Set<String> all = new TreeSet<>(owners.computeIfAbsent(j.left(), store::partnersOf));
        all.addAll(owners.computeIfAbsent(j.right(), store::partnersOf));
        all.remove(judge);
        return judge.isEmpty() || !all.isEmpty();
    }

    private static String key(Judgement j) {
        return j.pairKey() + "|" + j.verdict() + "|" + j.by();
    }
}
