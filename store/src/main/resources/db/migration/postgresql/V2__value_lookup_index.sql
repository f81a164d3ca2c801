-- Exact identifier lookups. A B-tree on "value" would reject long notes (PostgreSQL caps index entries at
-- about 2.7 kB); a hash index stores only a 4-byte hash, has no such limit and serves exactly the equality
-- lookups identifiers need. The property, when given, is checked on the few rows found.
CREATE INDEX statements_value_hash ON statements USING hash ("value");
