package nl.gedeeldbeeld.model.value;

/** Check-digit algorithms used by Dutch and international identifiers. */
public final class Checksums {
    private Checksums() {
    }

    /** ISO 7064 mod 97-10 over an IBAN (country code and check digits moved to the end). */
    public static boolean ibanMod97(String compactUpper) {
        String rearranged = compactUpper.substring(4) + compactUpper.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int digitValue;
            if (c >= '0' && c <= '9') {
                digitValue = c - '0';
                remainder = (remainder * 10 + digitValue) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                digitValue = c - 'A' + 10;
                remainder = (remainder * 100 + digitValue) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /**
     * The Dutch elfproef for nine-digit numbers (RSIN, BSN): sum of digit × weight (9..2, and −1 for the
     * last) must be divisible by 11.
     */
    public static boolean elfproef(String nineDigits) {
        if (nineDigits.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0 && !nineDigits.equals("000000000");
    }
}
