package nl.gedeeldbeeld.app.ownership;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.gedeeldbeeld.analytics.ownership.CircularOwnership;
import nl.gedeeldbeeld.analytics.ownership.CompanySignals;
import nl.gedeeldbeeld.analytics.ownership.FrontCompanySignals;
import nl.gedeeldbeeld.analytics.ownership.OwnershipRing;
import nl.gedeeldbeeld.analytics.ownership.UboReport;
import nl.gedeeldbeeld.analytics.ownership.UltimateBeneficialOwners;
import nl.gedeeldbeeld.analytics.view.OwnershipViewBuilder;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessContext;

/**
 * Ownership questions on what a request may see: the ultimate beneficial owners of a company, circular
 * ownership, and front-company signals ("tackling crime through companies", seed 002). The ownership graph
 * is built per request from visible Ownership, Directorship and party entities (one audited read), so a
 * UBO is never found through a shareholding the caller may not see — which also means a caller may see a
 * chain end where another partner's data would continue it; the report says where chains end.
 */
public final class Ownerships {
    private static final Set<String> SCHEMATA = Set.of("Ownership", "Directorship", "Person", "Company",
            "Organization", "LegalEntity", "PublicBody");
    private final VisibleEntities entities;

    public Ownerships(VisibleEntities entities) {
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    public OwnershipViewBuilder.OwnershipView view(AccessContext ctx) {
        OwnershipViewBuilder builder = new OwnershipViewBuilder();
        entities.of(ctx, SCHEMATA, "ownership-view").forEach(builder::add);
        return builder.build();
    }

    public UboReport ubo(AccessContext ctx, String company) {
        OwnershipViewBuilder.OwnershipView view = view(ctx);
        java.util.OptionalInt party = view.graph().party(company);
        if (party.isEmpty()) {
            throw new UserInputException("'" + company + "' is no company with shareholders or directors that you may see");
        }
        // A person has no beneficial owners: the caller's mistake, not ours (it was a 500).
        if (view.graph().kind(party.getAsInt()) == nl.gedeeldbeeld.analytics.ownership.PartyKind.PERSON) {
            throw new UserInputException("'" + company + "' is a person, not a company: ask the UBOs of a company");
        }
        return new UltimateBeneficialOwners(view.graph()).forCompany(company);
    }

    /** The UBO report with the captions of the parties it names, from one view (one audited read). */
    public record CaptionedUbo(UboReport report, java.util.Map<String, String> captions) {
    }

    public CaptionedUbo uboWithCaptions(AccessContext ctx, String company) {
        OwnershipViewBuilder.OwnershipView view = view(ctx);
        if (view.graph().party(company).isEmpty()) {
            throw new UserInputException("'" + company + "' is no company with shareholders or directors that you may see");
        }
        return new CaptionedUbo(new UltimateBeneficialOwners(view.graph()).forCompany(company), view.captions());
    }

    public List<OwnershipRing> rings(AccessContext ctx) {
        return new CircularOwnership(view(ctx).graph()).rings();
    }

    public List<CompanySignals> frontSignals(AccessContext ctx, int minScore) {
        OwnershipViewBuilder.OwnershipView view = view(ctx);
        return new FrontCompanySignals(view.companies(), view.graph()).companies(minScore);
    }
}
