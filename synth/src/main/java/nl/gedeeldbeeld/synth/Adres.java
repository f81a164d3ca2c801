package nl.gedeeldbeeld.synth;

/** A true address, rendered from the compact {@link Addresses} store when a view writes it. */
record Adres(String straat, int huisnummer, String toevoeging, String postcodeCijfers, String postcodeLetters,
             String plaats) {

    /** "3011 AB", the official notation. */
    String postcode() {
        return postcodeCijfers + " " + postcodeLetters;
    }

    /** "12", "12A", "12-2" or "12 bis", the way most registers glue the addition to the number. */
    String huisnummerVolledig() {
        if (toevoeging.isEmpty()) {
            return Integer.toString(huisnummer);
        }
        if (Character.isLetter(toevoeging.charAt(0)) && toevoeging.length() == 1) {
            return huisnummer + toevoeging;
        }
        if (Character.isDigit(toevoeging.charAt(0))) {
            return huisnummer + "-" + toevoeging;
        }
        return huisnummer + " " + toevoeging;
    }

    /** "Kerkstraat 12A, 3011 AB Rotterdam". */
    String volledig() {
        return straat + " " + huisnummerVolledig() + ", " + postcode() + " " + plaats;
    }
}
