package nl.gedeeldbeeld.synth;

/** Money-laundering patterns planted in the payments, as named in AML literature and FIU-NL typologies. */
enum Typology {
    FAN_IN("fan-in"),
    FAN_OUT("fan-out"),
    CYCLE("cycle"),
    SCATTER_GATHER("scatter-gather"),
    GATHER_SCATTER("gather-scatter"),
    LAYERING_CHAIN("layering-chain"),
    STRUCTURING("structuring"),
    PASS_THROUGH("pass-through");

    final String label;

    Typology(String label) {
        this.label = label;
    }
}
