package nl.gedeeldbeeld.analytics.ownership;

/** On what ground a person is named as ultimate beneficial owner of a company. */
public enum UboBasis {
    /** The person holds, directly or through companies, more than the threshold (25% under the Wwft). */
    OWNERSHIP,
    /**
     * No person passes the threshold, so the directors are registered instead: the "pseudo-UBO",
     * the company's senior managing officials (hoger leidinggevend personeel).
     */
    PSEUDO_UBO,
    /** Neither an owner above the threshold nor a director who is a natural person was found. */
    NONE
}
