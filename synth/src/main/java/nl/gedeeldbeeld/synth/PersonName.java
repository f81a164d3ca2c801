package nl.gedeeldbeeld.synth;

/**
 * A true name as the BRP would hold it: all given names, the name the person goes by, and the surname split
 * in tussenvoegsel and stam (sorting and many partner systems use the stam alone).
 */
record PersonName(String voornamen, String roepnaam, String tussenvoegsel, String stam, boolean male) {

    /** "van der Berg" — the surname as written after a given name. */
    String achternaam() {
        return tussenvoegsel.isEmpty() ? stam : tussenvoegsel + " " + stam;
    }

    /** "Jan van der Berg". */
    String volledig() {
        return roepnaam + " " + achternaam();
    }

    /** "J.H." for "Johannes Hendrik". */
    String voorletters() {
        StringBuilder b = new StringBuilder();
        for (String part : voornamen.split(" ")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append('.');
            }
        }
        return b.toString();
    }
}
