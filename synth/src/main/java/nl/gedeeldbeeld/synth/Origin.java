package nl.gedeeldbeeld.synth;

/** Name origin of a household; drives names and the nationality partners record. */
enum Origin {
    NL(0.78, "nl", 1.0),
    TR(0.05, "tr", 0.35),
    MA(0.055, "ma", 0.3),
    SR(0.07, "sr", 0.15),
    PL(0.045, "pl", 0.9);

    final double share;
    final String country;
    /** Share of people of this origin who hold only the foreign nationality (the rest are recorded as nl). */
    final double foreignNationality;

    Origin(double share, String country, double foreignNationality) {
        this.share = share;
        this.country = country;
        this.foreignNationality = country.equals("nl") ? 0 : foreignNationality;
    }
}
