package nl.gedeeldbeeld.synth;

/** Banks whose accounts appear in the world, with their real IBAN bank codes and BICs. */
enum Bank {
    INGB("NL", "INGB", "INGBNL2A", "ING Bank N.V.", 0.30),
    RABO("NL", "RABO", "RABONL2U", "Coöperatieve Rabobank U.A.", 0.25),
    ABNA("NL", "ABNA", "ABNANL2A", "ABN AMRO Bank N.V.", 0.20),
    SNSB("NL", "SNSB", "SNSBNL2A", "de Volksbank N.V. (SNS)", 0.09),
    ASNB("NL", "ASNB", "ASNBNL21", "ASN Bank", 0.04),
    TRIO("NL", "TRIO", "TRIONL2U", "Triodos Bank N.V.", 0.02),
    BUNQ("NL", "BUNQ", "BUNQNL2A", "bunq B.V.", 0.07),
    KNAB("NL", "KNAB", "KNABNL2H", "Knab", 0.03),
    DEUTSCHE("DE", "10070000", "DEUTDEBBXXX", "Deutsche Bank AG", 0),
    COMMERZ("DE", "20040000", "COBADEHHXXX", "Commerzbank AG", 0),
    FORTIS("BE", "001", "GEBABEBB", "BNP Paribas Fortis", 0),
    KBC("BE", "734", "KREDBEBB", "KBC Bank", 0);

    final String country;
    final String code;
    final String bic;
    final String displayName;
    /** Market share among Dutch retail accounts; foreign banks are only used by planted structures. */
    final double share;

    Bank(String country, String code, String bic, String displayName, double share) {
        this.country = country;
        this.code = code;
        this.bic = bic;
        this.displayName = displayName;
        this.share = share;
    }

    boolean dutch() {
        return country.equals("NL");
    }
}
