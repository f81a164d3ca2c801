package nl.gedeeldbeeld.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.access.AccessLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A value withheld from a user appears in no page that user can reach: the municipality's Bibob officer in the
 * joint RIEC-casus may see the police's case members but not their birth dates and phone numbers. The test
 * crawls every page reachable from the start page, the searches for each member's name and each member's
 * profile, and looks for every withheld value (as stored and in Dutch notation) in all of their HTML.
 */
class WithheldValuesBrowserTest extends BrowserTestSupport {
    private static final Set<String> WITHHELD_FROM_MUNICIPALITY = Set.of("birthDate", "phone");

    @Autowired
    Storage storage;

    @Autowired
    AccessLayer access;

    private AccessContext as(String user, String purpose) {
        String org = access.decisions().catalogue().requireUser(user).organisation();
        return access.decisions().open(user, org, purpose, "browser-test", Instant.now());
    }

    @Test
    void noWithheldBirthDateOrPhoneOfACaseMemberAppearsInAnyPageOfTheBibobOfficer() {
        AccessContext police = as("analist-politie", "THEMATISCHE_ANALYSE");
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> withheld = new HashSet<>();
        for (var record : DemoWorldFacts.policePersonsInJointCase(demoWorldDirectory().resolve("world"))) {
            String id = storage.store().entityIds().id(record.dataset(), record.sourceId());
            access.entities().profile(police, id).ifPresent(p -> {
                names.put(id, p.view().caption());
                for (String property : WITHHELD_FROM_MUNICIPALITY) {
                    for (Statement s : p.view().properties().getOrDefault(property, List.of())) {
                        withheld.add(s.value());
                        withheld.add(s.originalValue());
                        if (property.equals("birthDate") && s.value().length() == 10) {
                            withheld.add(s.value().substring(8, 10) + "-" + s.value().substring(5, 7) + "-" + s.value().substring(0, 4));
                        }
                    }
                }
            });
        }
        assertThat(names).as("police persons in the joint case").isNotEmpty();
        assertThat(withheld).as("their birth dates and phones").isNotEmpty();

        signIn("bibob-medewerker", "RIEC_CASUS");
        List<String> starts = new ArrayList<>(List.of("/", "/zoeken"));
        names.forEach((id, caption) -> {
            starts.add("/entiteiten/" + id);
            starts.add("/zoeken?q=" + URLEncoder.encode(caption, StandardCharsets.UTF_8));
        });
        Map<String, String> pages = crawl(120, starts.toArray(String[]::new));
        assertThat(pages.keySet()).as("pages crawled").hasSizeGreaterThan(names.size());
        assertThat(pages.keySet().stream().filter(p -> p.startsWith("/entiteiten/")).count()).isGreaterThanOrEqualTo(names.size());

        // A value withheld on one record may be visible to the officer on another (the municipality's own
        // registrations, or a different person born the same day): those are not leaks, and are named here.
        AccessContext municipality = as("bibob-medewerker", "RIEC_CASUS");
        Set<String> visibleElsewhere = new HashSet<>();
        pages.keySet().stream().filter(p -> p.startsWith("/entiteiten/")).map(p -> p.substring("/entiteiten/".length()))
                .forEach(id -> access.entities().profile(municipality, id).ifPresent(p -> p.view().properties().values()
                        .forEach(list -> list.forEach(s -> {
                            visibleElsewhere.add(s.value());
                            visibleElsewhere.add(s.originalValue());
                            if (s.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                                visibleElsewhere.add(s.value().substring(8, 10) + "-" + s.value().substring(5, 7) + "-" + s.value().substring(0, 4));
                            }
                        }))));
        for (var page : pages.entrySet()) {
            for (String value : withheld) {
                if (value.length() >= 6 && !visibleElsewhere.contains(value)) {
                    assertThat(page.getValue()).as("HTML of " + page.getKey() + " for bibob-medewerker").doesNotContain(value);
                }
            }
        }
    }
}
