-- The database's share of the write generation (nl.gedeeldbeeld.store.WriteGeneration): on PostgreSQL every
-- committed write that can change a read takes a number from it, so a server caching per-slice projections also
-- notices the writes of another process (gb ingest, gb retention purge, a second server) on the same database.
-- H2's embedded file is opened by one process at a time, so there the process counter alone suffices.
CREATE SEQUENCE write_generation;
