-- The same key as on H2 (see h2/V3): (entity_id, id) serves entity reads and the id's uniqueness in one
-- B-tree, so the separate entity_id index goes. The dataset index has no reader yet; per-dataset purges
-- and retention will add the index they need with the code that uses it. The hash index on "value" (V2)
-- stays: it already stores only a hash.
ALTER TABLE statements DROP CONSTRAINT statements_pkey;
ALTER TABLE statements ADD CONSTRAINT statements_pkey PRIMARY KEY (entity_id, id);
DROP INDEX statements_entity_id;
DROP INDEX statements_dataset;
