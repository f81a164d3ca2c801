package nl.gedeeldbeeld.synth;

/** The part a person plays in a planted criminal network (ground truth for key-player detection). */
enum Role {
    KEY_PLAYER, LIEUTENANT, MEMBER, BROKER, FINANCIAL_FACILITATOR, LEGAL_FACILITATOR, LOGISTIC_FACILITATOR
}
