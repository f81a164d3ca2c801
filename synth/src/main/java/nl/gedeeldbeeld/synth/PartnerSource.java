package nl.gedeeldbeeld.synth;

/** Who supplies a dataset and under which legal regime and grading; the same for all of its files. */
record PartnerSource(String dataset, String partner, String regime, String reliability) {
    static final PartnerSource POLITIE = new PartnerSource("politie-bvh", "POLITIE", "WPG_ART8", "B2");
    static final PartnerSource FIOD = new PartnerSource("fiod-onderzoek", "FIOD", "WPG_ART8", "A2");
    static final PartnerSource FIU = new PartnerSource("fiu-ongebruikelijke-transacties", "FIU", "WWFT", "B3");
    static final PartnerSource GEMEENTE = new PartnerSource("riec-bibob-rotterdam", "GEMEENTE_ROTTERDAM",
            "AVG_BIBOB", "B2");
    static final PartnerSource HAVEN = new PartnerSource("havenbedrijf-rotterdam", "HAVENBEDRIJF", "PRIVATE", "C3");
}
