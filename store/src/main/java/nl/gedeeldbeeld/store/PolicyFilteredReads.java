package nl.gedeeldbeeld.store;

import java.util.Collection;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;

/**
 * Reads that apply the access policy inside the query: the request's allowed slices, the retention cut-off
 * and the per-entity checks become the SQL {@code WHERE}, so no statement the request may not see is read
 * from the database, and values it may only see as "afgeschermd" are not selected at all.
 *
 * <p>For every statement of the given entities the answer agrees with
 * {@link nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint#decide}: Allow → in {@code statements},
 * Redact → its (schema, property, dataset, partner, regime) in {@code redacted}, Deny → absent, when the
 * checks are {@link EntityChecks#of} over the decision point's registers. With
 * {@link EntityChecks#unconditional} grants with conditions are left out, so the answer is never wider.
 *
 * <p>An entity's {@code id} (existence) statement follows the slices as in the decision point: it is visible
 * wherever a grant covers its partner, regime and schema, whatever properties the grant lists, and so
 * comes with every visible or redacted property of that slice.
 *
 * <p>Two choices, and why:
 * <ul>
 *   <li><b>Conditions are answered before the SQL is built.</b> A request names its entities, so the
 *       registers (joint case, confirmed hit, protected person) are asked once per entity and each
 *       conditional grant becomes {@code … AND entity_id = ANY(?)} over the entities that qualify. A
 *       conditional grant is never widened to all entities, and the answer still equals
 *       {@code decide()} — which merely leaving conditional grants out would not: an entity in a joint case
 *       would lose statements the policy grants it.</li>
 *   <li><b>Redacted statements are not returned as statements.</b> A statement with a marker value would
 *       keep its id, which is a SHA-1 of the value and gives a birth date or phone number away to anyone
 *       who tries the few thousand candidates; and a marker value that reached matching or search would
 *       make all "afgeschermd" names alike. So the answer names each redacted property once per
 *       (entity, schema, dataset, partner, regime) as a {@link RedactedProperty}, and the query for them
 *       selects no value at all.</li>
 * </ul>
 */
public interface PolicyFilteredReads {

    VisibleStatements visibleStatementsOf(AllowedSlices slices, EntityChecks checks, Collection<String> entityIds);
}
