package nl.gedeeldbeeld.synth;

/** Dutch legal forms the KvK registers; the label is what registers and FtM's legalForm carry. */
enum Rechtsvorm {
    BV("Besloten Vennootschap", "B.V."),
    VOF("Vennootschap onder firma", "V.O.F."),
    EENMANSZAAK("Eenmanszaak", ""),
    STICHTING("Stichting", "");

    final String label;
    final String suffix;

    Rechtsvorm(String label, String suffix) {
        this.label = label;
        this.suffix = suffix;
    }

    /** Only legal persons and partnerships get an RSIN; an eenmanszaak is known by its owner's BSN. */
    boolean hasRsin() {
        return this != EENMANSZAAK;
    }
}
