package nl.gedeeldbeeld.policy;

/**
 * The kind of a partner organisation. Agreements name organisations, not kinds; the kind is there for
 * people reading the catalogue and for reports that group partners (e.g. all municipalities of a RIEC).
 */
public enum OrganisationKind {
    POLITIE, OM, FIOD, BELASTINGDIENST, FIU, KMAR, DOUANE, GEMEENTE, RIEC, PROVINCIE, INSPECTIE, PRIVAAT, OVERIG
}
