package nl.gedeeldbeeld.analytics.ownership;

/**
 * What a party in the ownership graph is. Only natural persons can be ultimate beneficial owners; a foreign
 * company ends a chain because the Dutch registers do not tell who is behind it; a party nobody described
 * (a statement names it, no entity says what it is) ends a chain too.
 */
public enum PartyKind {
    PERSON,
    COMPANY,
    FOREIGN_COMPANY,
    UNKNOWN;

    /** True for the kinds that own and can be owned through shares (a chain runs on through them). */
    public boolean isCompany() {
        return this == COMPANY;
    }
}
