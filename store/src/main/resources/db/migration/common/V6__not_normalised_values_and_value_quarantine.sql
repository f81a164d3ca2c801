-- Keep what cannot be used (issue 13, findings 10-12). Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

-- A value its property's format cannot read is kept as the source's text, marked not normalised, instead
-- of costing its whole record. Existing statements were all normalised.
ALTER TABLE statements ADD COLUMN not_normalised BOOLEAN NOT NULL DEFAULT FALSE;

-- The quarantine holds refused records (scope RECORD) and, new, records that landed but some of whose
-- values had no place (scope VALUES: a property the schema lacks, a value too long for the store); a retry
-- after a model change brings those values in. A raw record too long to keep is kept cut short
-- (raw_cut), with the reason it was quarantined.
ALTER TABLE quarantine ADD COLUMN scope VARCHAR(16) NOT NULL DEFAULT 'RECORD';
ALTER TABLE quarantine ADD COLUMN raw_cut BOOLEAN NOT NULL DEFAULT FALSE;
