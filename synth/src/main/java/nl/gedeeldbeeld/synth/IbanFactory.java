package nl.gedeeldbeeld.synth;

/** Builds IBANs with correct ISO 13616 mod-97 check digits, and checks them. */
final class IbanFactory {
    private IbanFactory() {
    }

    /** @param accountNumber 0 ≤ n < 10^10 for NL and DE, < 10^7 for BE */
    static String iban(Bank bank, long accountNumber) {
        String bban = switch (bank.country) {
            case "NL" -> bank.code + pad(accountNumber, 10);
            case "DE" -> bank.code + pad(accountNumber, 10);
            case "BE" -> belgianBban(bank.code + pad(accountNumber % 10_000_000L, 7));
            default -> throw new IllegalArgumentException("no IBAN layout for " + bank.country);
        };
        int check = 98 - mod97(bban + bank.country + "00");
        return bank.country + (check < 10 ? "0" : "") + check + bban;
    }

    static boolean isValid(String iban) {
        String s = iban.replace(" ", "");
        if (s.length() < 15 || s.length() > 34 || !s.chars().allMatch(Character::isLetterOrDigit)) {
            return false;
        }
        int expectedLength = switch (s.substring(0, 2)) {
            case "NL" -> 18;
            case "DE" -> 22;
            case "BE" -> 16;
            default -> s.length();
        };
        return s.length() == expectedLength && mod97(s.substring(4) + s.substring(0, 4)) == 1;
    }

    /** The paper notation banks print: groups of four separated by spaces. */
    static String grouped(String iban) {
        StringBuilder b = new StringBuilder(iban.length() + 8);
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(' ');
            }
            b.append(iban.charAt(i));
        }
        return b.toString();
    }

    /** Belgian BBANs carry their own mod-97 check on the first ten digits (97 instead of 0). */
    private static String belgianBban(String tenDigits) {
        long n = Long.parseLong(tenDigits) % 97;
        return tenDigits + pad(n == 0 ? 97 : n, 2);
    }

    private static int mod97(String alphanumeric) {
        int r = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            if (Character.isDigit(c)) {
                r = (r * 10 + (c - '0')) % 97;
            } else {
                int v = Character.toUpperCase(c) - 'A' + 10;
                r = (r * 100 + v) % 97;
            }
        }
        return r;
    }

    static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
