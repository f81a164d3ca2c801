package nl.gedeeldbeeld.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.Selection;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.DecisionRule;
import nl.gedeeldbeeld.policy.decision.SliceGrant;

/** Search access for tests that are about matching and ranking, not about the policy. */
public final class TestAccess {
    /** A date inside every fixture's retention (Fixtures keep statements until 2030). */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 2);

    private TestAccess() {
    }

    /**
     * Everything these partners stated, as if each were the viewer's own data: the first partner is the
     * viewer, the others are granted in full (all regimes, schemata and properties, no conditions).
     */
    public static SearchAccess allOf(String viewer, String... others) {
        return allOf(AS_OF, viewer, others);
    }

    /** As {@link #allOf(String, String...)}, with retention judged on another day. */
    public static SearchAccess allOf(LocalDate asOf, String viewer, String... others) {
        List<SliceGrant> grants = new ArrayList<>();
        grants.add(everything(viewer, DecisionRule.OWN_DATA));
        for (String partner : others) {
            grants.add(everything(partner, DecisionRule.AGREEMENT));
        }
        return SearchAccess.of(new AllowedSlices(asOf, viewer, "TEST", grants, List.of(), Set.of()), Set.of(),
                Set.of(), Set.of());
    }

    private static SliceGrant everything(String partner, DecisionRule rule) {
        return new SliceGrant(partner, Selection.ALL, Selection.ALL, Selection.ALL, Set.of(), List.of(), rule,
                Optional.empty());
    }
}
