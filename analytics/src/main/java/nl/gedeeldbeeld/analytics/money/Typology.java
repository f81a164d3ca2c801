package nl.gedeeldbeeld.analytics.money;

/**
 * The money-laundering patterns the detectors look for. Labels are those of the synthetic world's planted
 * cases ({@code ground-truth/laundering.json}), plus {@code offsetting} (underground banking), which the
 * world does not plant.
 */
public enum Typology {
    FAN_IN("fan-in"),
    FAN_OUT("fan-out"),
    CYCLE("cycle"),
    SCATTER_GATHER("scatter-gather"),
    GATHER_SCATTER("gather-scatter"),
    LAYERING_CHAIN("layering-chain"),
    STRUCTURING("structuring"),
    PASS_THROUGH("pass-through"),
    OFFSETTING("offsetting");

    private final String label;

    Typology(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The typology with this label, if any. */
    public static java.util.Optional<Typology> byLabel(String label) {
        for (Typology t : values()) {
            if (t.label.equals(label)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
