package nl.gedeeldbeeld.store.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.store.VisibleStatements;
import org.junit.jupiter.api.Test;

class SliceProjectionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final User ANALYST = new User("analist-politie", "Analist", "POLITIE", Optional.of("RIO"), Set.of("ANALIST"));

    private static SliceProjections.Key key(String organisation, String purpose, LocalDate day, User user) {
        return new SliceProjections.Key(AllowedSlices.nothing(day, organisation, purpose), user, Set.of("Person"));
    }

    private static SliceProjections.Projection projection(long generation, String entity) {
        return new SliceProjections.Projection(generation, new VisibleStatements(Map.of(), Map.of(entity, List.of())),
                "; ALLOW OWN_DATA x1", new ReadAudit.Named(1, List.of(entity), false), Set.of());
    }

    @Test
    void anEntryIsFoundOnlyUnderItsOwnKeyAndGeneration() {
        SliceProjections kept = new SliceProjections(4);
        SliceProjections.Key police = key("POLITIE", "THEMATISCHE_ANALYSE", DAY, ANALYST);
        kept.put(police, projection(7, "a"));

        assertThat(kept.get(police, 7)).map(p -> p.audited().ids()).contains(List.of("a"));
        assertThat(kept.get(key("POLITIE", "STRAFRECHTELIJK_ONDERZOEK", DAY, ANALYST), 7)).as("another purpose").isEmpty();
        assertThat(kept.get(key("POLITIE", "THEMATISCHE_ANALYSE", DAY.plusDays(1), ANALYST), 7)).as("another day").isEmpty();
        User colleague = new User("analist-2", "Analist", "POLITIE", Optional.of("RIO"), Set.of("ANALIST"));
        assertThat(kept.get(key("POLITIE", "THEMATISCHE_ANALYSE", DAY, colleague), 7)).as("another user").isEmpty();
        assertThat(kept.get(police, 8)).as("after a write").isEmpty();
        assertThat(kept.get(police, 7)).as("an outdated entry is dropped, not kept for an older reader").isEmpty();
    }

    @Test
    void theLeastRecentlyUsedSliceGoesFirstAndTheSizeStaysWithinTheCapacity() {
        SliceProjections kept = new SliceProjections(2);
        SliceProjections.Key a = key("POLITIE", "A", DAY, ANALYST);
        SliceProjections.Key b = key("POLITIE", "B", DAY, ANALYST);
        SliceProjections.Key c = key("POLITIE", "C", DAY, ANALYST);
        kept.put(a, projection(1, "a"));
        kept.put(b, projection(1, "b"));
        kept.get(a, 1);
        kept.put(c, projection(1, "c"));

        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.get(b, 1)).isEmpty();
        assertThat(kept.get(a, 1)).isPresent();
        assertThat(kept.get(c, 1)).isPresent();
    }

    @Test
    void aSliceKeepsEverySchemaSetItsScreensAskForWithinOnePlaceOfTheCapacity() {
        SliceProjections kept = new SliceProjections(1);
        SliceProjections.Key network = new SliceProjections.Key(AllowedSlices.nothing(DAY, "POLITIE", "A"), ANALYST,
                Set.of("Person", "Associate"));
        SliceProjections.Key money = new SliceProjections.Key(AllowedSlices.nothing(DAY, "POLITIE", "A"), ANALYST,
                Set.of("Payment", "BankAccount"));
        kept.put(network, projection(3, "n"));
        kept.put(money, projection(3, "m"));

        assertThat(kept.size()).isEqualTo(1);
        assertThat(kept.get(network, 3)).isPresent();
        assertThat(kept.get(money, 3)).isPresent();
        kept.put(key("POLITIE", "B", DAY, ANALYST), projection(3, "b"));
        assertThat(kept.get(network, 3)).as("the whole slice made way for another").isEmpty();
    }

    @Test
    void aSlowerReadOfAnOlderGenerationDoesNotReplaceANewerAnswer() {
        SliceProjections kept = new SliceProjections(2);
        SliceProjections.Key a = key("POLITIE", "A", DAY, ANALYST);
        kept.put(a, projection(5, "new"));
        kept.put(a, projection(4, "old"));

        assertThat(kept.get(a, 5)).map(p -> p.audited().ids()).contains(List.of("new"));
    }

    @Test
    void aCapacityOfNoneKeepsNothingAndANegativeOneIsRefused() {
        SliceProjections none = new SliceProjections(0);
        SliceProjections.Key a = key("POLITIE", "A", DAY, ANALYST);
        none.put(a, projection(1, "a"));
        assertThat(none.get(a, 1)).isEmpty();
        assertThatThrownBy(() -> new SliceProjections(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWiderReadIsOfferedOnlyForTheSameSliceAndGenerationAndASupersetOfTheSchemata() {
        SliceProjections kept = new SliceProjections(4);
        AllowedSlices police = AllowedSlices.nothing(DAY, "POLITIE", "THEMATISCHE_ANALYSE");
        kept.put(new SliceProjections.Key(police, ANALYST, Set.of("Person", "Company", "Associate")), projection(7, "wide"));
        kept.put(new SliceProjections.Key(police, ANALYST, Set.of("Person", "Associate")), projection(7, "narrow"));

        assertThat(kept.wider(new SliceProjections.Key(police, ANALYST, Set.of("Person")), 7))
                .as("the smallest superset").map(p -> p.audited().ids()).contains(List.of("narrow"));
        assertThat(kept.wider(new SliceProjections.Key(police, ANALYST, Set.of("Company")), 7))
                .map(p -> p.audited().ids()).contains(List.of("wide"));
        assertThat(kept.wider(new SliceProjections.Key(police, ANALYST, Set.of("Address")), 7)).as("not a superset").isEmpty();
        assertThat(kept.wider(new SliceProjections.Key(police, ANALYST, Set.of("Person")), 8)).as("after a write").isEmpty();
        User colleague = new User("analist-2", "Analist", "POLITIE", Optional.of("RIO"), Set.of("ANALIST"));
        assertThat(kept.wider(new SliceProjections.Key(police, colleague, Set.of("Person")), 7)).as("another user").isEmpty();
        assertThat(kept.wider(new SliceProjections.Key(AllowedSlices.nothing(DAY, "POLITIE", "STRAFRECHTELIJK_ONDERZOEK"),
                ANALYST, Set.of("Person")), 7)).as("another purpose").isEmpty();
    }
}
