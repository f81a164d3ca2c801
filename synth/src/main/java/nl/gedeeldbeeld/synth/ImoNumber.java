package nl.gedeeldbeeld.synth;

/** IMO ship numbers: six digits weighted 7..2, the last digit of the sum is the seventh. */
final class ImoNumber {
    private ImoNumber() {
    }

    static String of(int sixDigits) {
        int n = sixDigits;
        int sum = 0;
        for (int weight = 2; weight <= 7; weight++) {
            sum += (n % 10) * weight;
            n /= 10;
        }
        return IbanFactory.pad(sixDigits, 6) + (sum % 10);
    }
}
