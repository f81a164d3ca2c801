-- Changes to statements that the search index has not yet made durable. A batch commit (or purge) writes its
-- row in the same transaction as its statements; the index deletes rows only after a Lucene commit holds
-- their effect. Rows left behind by a crash (kill -9 between the store's commit and the index's) tell the
-- next open what the index lacks, so it can catch up instead of silently missing entities.
--   change_key: the import batch id (run#number), or 'purge:<uuid>' for a retention purge
--   entity_ids: the entities whose statements the change touched, as a JSON array of strings; kept here
--               rather than found again through statements.batch_id, so recovery needs no table scan and
--               does not depend on what a statement's provenance says its batch was
CREATE TABLE index_backlog (
    change_key  VARCHAR(450)  NOT NULL PRIMARY KEY,
    entity_ids  CLOB          NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
