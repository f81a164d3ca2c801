package nl.gedeeldbeeld.policy.audit;

import java.util.List;

/**
 * Other ids an entity was known by in the audit log. The log is a hash chain and is never rewritten, so when
 * entity ids change (the store's move to opaque ids) its old events keep the old ids; the privacy officer's
 * questions go through this to find and report them under today's id.
 */
public interface EntityIdAliases {
    /** Ids the entity had before, oldest first; empty for most. */
    List<String> formerIds(String id);

    /** Today's id of an id that may be a former one (itself when it is not). */
    String currentId(String id);

    /** No aliases: ids never changed. */
    EntityIdAliases NONE = new EntityIdAliases() {
        @Override
        public List<String> formerIds(String id) {
            return List.of();
        }

        @Override
        public String currentId(String id) {
            return id;
        }
    };
}
