package nl.gedeeldbeeld.app.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.gedeeldbeeld.model.provenance.LegalRegime;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.Organisation;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Purpose;
import nl.gedeeldbeeld.policy.Role;
import nl.gedeeldbeeld.policy.Selection;
import nl.gedeeldbeeld.policy.SharingAgreement;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.SliceGrant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sharing policy, for inspection through the API (as {@code gb policy show} on the command line).
 * Organisations, purposes, roles, legal regimes and agreements are shown to every signed-in user: they are
 * the convenants the partners signed, and knowing what one may see and why is part of using it lawfully.
 * Who works where (the users) is shown only under purpose VERANTWOORDING, to the privacy officer's
 * question, and only for the officer's own organisation. {@code /mine} answers "what may I see now, and
 * under which agreement" for the request's own user and purpose.
 */
@RestController
@RequestMapping("/api/v1/policy")
class PolicyController {
    private final PolicyCatalogue catalogue;
    private final PolicyDecisionPoint decisions;

    PolicyController(PolicyCatalogue catalogue, PolicyDecisionPoint decisions) {
        this.catalogue = catalogue;
        this.decisions = decisions;
    }

    record AgreementView(String id, int version, String title, String basis, LocalDate validFrom,
                         Optional<LocalDate> validTo, boolean prohibits, Set<String> providers, Set<String> regimes,
                         Set<String> recipients, Set<String> purposes, Set<String> schemata, List<String> properties,
                         Set<String> redact, List<String> conditions) {
        static AgreementView of(SharingAgreement a) {
            return new AgreementView(a.id(), a.version(), a.title(), a.basis(), a.validFrom(), a.validTo(), a.prohibits(),
                    new TreeSet<>(a.providers()), new TreeSet<>(a.regimes()), new TreeSet<>(a.recipients()),
                    new TreeSet<>(a.purposes()), new TreeSet<>(a.schemata()), names(a.properties()),
                    new TreeSet<>(a.redact()), a.conditions().stream().map(Condition::describe).toList());
        }
    }

    record RegimeView(String code, String name, String legalBasis, String holder, String retention,
                      List<String> onwardSharing) {
        static RegimeView of(LegalRegime r) {
            return new RegimeView(r.code(), r.name(), r.legalBasis(), r.holder(), r.retention().toString(), r.onwardSharing());
        }
    }

    record PolicyView(LocalDate on, List<Organisation> organisations, List<Purpose> purposes,
                      List<Role> roles, List<RegimeView> regimes, List<AgreementView> agreementsInForce,
                      List<AgreementView> allVersions, List<User> users,
                      List<nl.gedeeldbeeld.policy.write.WriteRule> writeRules) {
    }

    record GrantView(String partner, List<String> regimes, List<String> schemata, List<String> properties,
                     Set<String> redacted, List<String> conditions, String rule, Optional<String> agreement) {
        static GrantView of(SliceGrant g) {
            return new GrantView(g.partner(), names(g.regimes()), names(g.schemata()), names(g.properties()),
                    new TreeSet<>(g.redacted()), g.conditions().stream().map(Condition::describe).toList(),
                    g.rule().name(), g.agreement().map(Object::toString));
        }
    }

    record MyPolicyView(String user, String organisation, String purpose, LocalDate on, List<GrantView> grants,
                        List<GrantView> prohibitions) {
    }

    @GetMapping
    PolicyView catalogue(AccessContext ctx,
                         @RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate date = on == null ? PolicyDecisionPoint.dateOf(ctx.at()) : on;
        List<User> users = "VERANTWOORDING".equals(ctx.purpose().code())
                ? catalogue.users().stream().filter(u -> u.organisation().equals(ctx.organisation().code())).toList()
                : List.of();
        return new PolicyView(date, catalogue.organisations(), catalogue.purposes(), catalogue.roles(),
                catalogue.regimes().all().stream().map(RegimeView::of).toList(),
                catalogue.agreementsOn(date).stream().map(AgreementView::of).toList(),
                catalogue.agreements().stream().map(AgreementView::of).toList(), users, catalogue.writeRules().all());
    }

    @GetMapping("/mine")
    MyPolicyView mine(AccessContext ctx) {
        AllowedSlices slices = decisions.allowedSlices(ctx);
        return new MyPolicyView(ctx.user().id(), ctx.organisation().code(), ctx.purpose().code(), slices.asOf(),
                slices.grants().stream().map(GrantView::of).toList(),
                slices.prohibitions().stream().map(GrantView::of).toList());
    }

    /** A selection as names; "*" for all. */
    private static List<String> names(Selection selection) {
        return selection.all() ? List.of("*") : List.copyOf(new TreeSet<>(selection.names()));
    }
}
