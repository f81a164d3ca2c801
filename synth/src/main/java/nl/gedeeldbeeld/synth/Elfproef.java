package nl.gedeeldbeeld.synth;

/**
 * The Dutch 11-check used by RSIN (and BSN): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11.
 */
final class Elfproef {
    private Elfproef() {
    }

    /**
     * Completes eight digits with the check digit that satisfies the elfproef.
     *
     * @return the nine-digit number, or -1 when no single digit fits (the caller then tries another base)
     */
    static int complete(int eightDigits) {
        int sum = 0;
        int n = eightDigits;
        for (int weight = 2; weight <= 9; weight++) {
            sum += (n % 10) * weight;
            n /= 10;
        }
        int check = sum % 11;
        return check == 10 ? -1 : eightDigits * 10 + check;
    }

    static boolean isValid(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
