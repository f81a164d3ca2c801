-- Exact identifier lookups: by value alone or by value and property. H2 has no key size limit worth
-- worrying about, so a plain B-tree serves both (value first, so value-only lookups use it too).
CREATE INDEX statements_value_property ON statements ("value", property);
