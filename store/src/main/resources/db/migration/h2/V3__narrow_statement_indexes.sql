-- Import speed. H2's MVStore rewrites every B-tree page an insert touches (copy-on-write), and a random
-- key touches a different page per row, so each index on a random key costs about one page write per
-- statement. Measured on the medium world: 9,600 statements/s with V1/V2's five B-trees.
--
-- 1. The key becomes (entity_id, id). The id hashes (dataset, entity id, property, value), so it still
--    names one row; the entity id in front keeps an entity's statements on the same pages (one page
--    touched per record, not one per statement) and makes the separate entity_id index redundant.
ALTER TABLE statements DROP PRIMARY KEY;
ALTER TABLE statements ADD CONSTRAINT statements_pkey PRIMARY KEY (entity_id, id);
DROP INDEX statements_entity_id;

-- 2. Nothing reads statements by dataset yet; per-dataset purges and retention will add the index they
--    need (e.g. (dataset, retain_until)) with the code that uses it.
DROP INDEX statements_dataset;

-- 3. Exact value lookups go through a 32-bit hash of the value instead of the value itself: the index
--    entry is a number, not a string of up to 100,000 characters, and lookups check "value" on the few
--    rows with the hash. ORA_HASH is 0..2^32-1, hence BIGINT. Generated, so existing rows get it too.
DROP INDEX statements_value_property;
ALTER TABLE statements ADD COLUMN value_hash BIGINT GENERATED ALWAYS AS (ORA_HASH("value"));
CREATE INDEX statements_value_hash ON statements (value_hash);
