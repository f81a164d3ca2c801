package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.entity.EntityView;

/**
 * What partners hold about a person besides the person's own values: the bank accounts it holds and the
 * companies it directs, owns a share of or works for, as FtM relation entities (Ownership, Directorship,
 * Employment, Membership, an access pass's employer) that point at the Person. A bank that delivers an account
 * holder as a name and nothing else still delivers the account: two records of one person at two partners
 * then share an IBAN or a KvK number, which a namesake rarely does. The resolver weighs that agreement
 * ({@link Feature#ACCOUNT}, {@link Feature#COMPANY}) like any other.
 *
 * <p>Fed every entity of a store once, in any order; links to an account without an IBAN or to a company
 * without a KvK number are left out (their ids are the partner's own and say nothing across partners).
 */
public final class PersonLinks {
    /** Per relation schema: the property naming the person, then the one naming the account or company. */
    private static final Map<String, List<String>> RELATIONS = Map.of(
            "Ownership", List.of("owner", "asset"),
            "Directorship", List.of("director", "organization"),
            "Employment", List.of("employee", "employer"),
            "Membership", List.of("member", "organization"),
            "AccessPass", List.of("holder", "employer"));

    private final Map<String, Set<String>> accounts;
    private final Map<String, Set<String>> companies;

    private PersonLinks(Map<String, Set<String>> accounts, Map<String, Set<String>> companies) {
        this.accounts = accounts;
        this.companies = companies;
    }

    /** No links at all: records compare on their own values only. */
    public static PersonLinks none() {
        return new PersonLinks(Map.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether an entity of this schema can take part in a link (a person, a relation, an account or a company). */
    public static boolean relevant(String schema) {
        return schema.equals("Person") || RELATIONS.containsKey(schema) || schema.equals("BankAccount") || schema.equals("Company")
                || schema.equals("Organization") || schema.equals("LegalEntity") || schema.equals("PublicBody");
    }

    /** The IBANs of the accounts the entity holds. */
    public Set<String> accounts(String personId) {
        return accounts.getOrDefault(personId, Set.of());
    }

    /** The KvK numbers of the companies the entity is linked to. */
    public Set<String> companies(String personId) {
        return companies.getOrDefault(personId, Set.of());
    }

    /**
     * Collects the entities; {@link #build} resolves the relations once every entity has been seen. A link
     * counts only on what the person's own partners stated: the relation and the IBAN or KvK number must come
     * from a partner that also holds the person. The record, and a judgement's explanation shown to the
     * partner that supplied it, then rest on that partner's own data, never on another's it may not see.
     */
    public static final class Builder {
        private record Relation(String from, String to, Set<String> partners) {
        }

        private record Code(String value, String partner) {
        }

        private final List<Relation> relations = new ArrayList<>();
        private final Map<String, Set<String>> personPartners = new HashMap<>();
        private final Map<String, List<Code>> ibans = new HashMap<>();
        private final Map<String, List<Code>> kvkNumbers = new HashMap<>();

        private Builder() {
        }

        /** Takes one entity of any schema; those that cannot take part in a link are ignored. */
        public Builder add(EntityView entity) {
            if (entity.schema().equals("Person")) {
                personPartners.put(entity.id(), partners(entity));
                return this;
            }
            List<String> roles = RELATIONS.get(entity.schema());
            if (roles != null) {
                Set<String> partners = partners(entity);
                for (String from : entity.values(roles.get(0))) {
                    for (String to : entity.values(roles.get(1))) {
                        relations.add(new Relation(from, to, partners));
                    }
                }
            } else if (entity.schema().equals("BankAccount")) {
                codes(entity, "iban", ibans);
            } else if (relevant(entity.schema())) {
                codes(entity, "kvkNumber", kvkNumbers);
            }
            return this;
        }

        private static Set<String> partners(EntityView entity) {
            Set<String> out = new HashSet<>(2);
            entity.properties().values().forEach(list -> list.forEach(s -> out.add(s.provenance().partner())));
            return out;
        }

        private static void codes(EntityView entity, String property, Map<String, List<Code>> into) {
            for (nl.gedeeldbeeld.model.statement.Statement s : entity.properties().getOrDefault(property, List.of())) {
                if (!s.value().isBlank()) {
                    into.computeIfAbsent(entity.id(), k -> new ArrayList<>(1)).add(new Code(s.value(), s.provenance().partner()));
                }
            }
        }

        public PersonLinks build() {
            Map<String, Set<String>> accounts = new HashMap<>();
            Map<String, Set<String>> companies = new HashMap<>();
            for (Relation r : relations) {
                Set<String> own = personPartners.get(r.from());
                if (own == null || !own.containsAll(r.partners())) {
                    continue;
                }
                link(r, own, ibans, accounts);
                link(r, own, kvkNumbers, companies);
            }
            return new PersonLinks(freeze(accounts), freeze(companies));
        }

        private static void link(Relation r, Set<String> own, Map<String, List<Code>> codes, Map<String, Set<String>> into) {
            for (Code c : codes.getOrDefault(r.to(), List.of())) {
                if (own.contains(c.partner())) {
                    into.computeIfAbsent(r.from(), k -> new HashSet<>(2)).add(c.value());
                }
            }
        }

        private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
            Map<String, Set<String>> out = new HashMap<>(map.size() * 2);
            map.forEach((k, v) -> out.put(k, Set.copyOf(v)));
            return java.util.Collections.unmodifiableMap(out);
        }
    }
}
