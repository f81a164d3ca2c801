package nl.gedeeldbeeld.policy.write;

/** What a write rule does when the data acted on belongs (also) to another organisation. */
public enum ForeignData {
    /** Refused: an organisation acts on its own data only. */
    REFUSE,
    /** Recorded as pending until every other owner consents; until then it has no effect. */
    CONSENT
}
