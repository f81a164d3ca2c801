package nl.gedeeldbeeld.synth;

/** All true addresses, column-wise in primitive lists. */
final class Addresses {
    /** PostNL leaves F, I, O, Q, U and Y out of postcodes. */
    static final String POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
    static final String[] ADDITIONS = {"", "A", "B", "C", "D", "1", "2", "3", "4", "bis", "hs", "I", "II", "III"};

    final IntList gemeente;
    final IntList street;
    final IntList number;
    final IntList addition;
    final IntList postcodeDigits;
    final IntList postcodeLetters;
    private final Catalogue catalogue;

    Addresses(Catalogue catalogue, int capacity) {
        this.catalogue = catalogue;
        gemeente = new IntList(capacity);
        street = new IntList(capacity);
        number = new IntList(capacity);
        addition = new IntList(capacity);
        postcodeDigits = new IntList(capacity);
        postcodeLetters = new IntList(capacity);
    }

    int add(int gemeenteIndex, int streetIndex, int houseNumber, int additionCode, int pcDigits, int pcLetters) {
        gemeente.add(gemeenteIndex);
        street.add(streetIndex);
        number.add(houseNumber);
        addition.add(additionCode);
        postcodeDigits.add(pcDigits);
        return postcodeLetters.add(pcLetters);
    }

    int size() {
        return gemeente.size();
    }

    Adres get(int i) {
        int letters = postcodeLetters.get(i);
        return new Adres(catalogue.streets.get(street.get(i)), number.get(i), ADDITIONS[addition.get(i)],
                Integer.toString(postcodeDigits.get(i)),
                "" + POSTCODE_LETTERS.charAt(letters / POSTCODE_LETTERS.length())
                        + POSTCODE_LETTERS.charAt(letters % POSTCODE_LETTERS.length()),
                catalogue.gemeenten.get(gemeente.get(i)).naam());
    }

    static String trueId(int i) {
        return "ADR" + IbanFactory.pad(i, 7);
    }
}
