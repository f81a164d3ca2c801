package nl.gedeeldbeeld.synth;

/** ISO 6346 freight container numbers: owner code, category U, six-digit serial and check digit. */
final class ContainerNumber {
    private ContainerNumber() {
    }

    static String of(String ownerCode, int serial) {
        if (ownerCode.length() != 3) {
            throw new IllegalArgumentException("owner code must be three letters: " + ownerCode);
        }
        String body = ownerCode + "U" + IbanFactory.pad(serial % 1_000_000, 6);
        return body + checkDigit(body);
    }

    static boolean isValid(String number) {
        return number.length() == 11 && Character.isDigit(number.charAt(10))
                && checkDigit(number.substring(0, 10)) == number.charAt(10) - '0';
    }

    static int checkDigit(String tenChars) {
        long sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (long) value(tenChars.charAt(i)) << i;
        }
        return (int) (sum % 11 % 10);
    }

    /** Letters count from 10 upwards, skipping the multiples of 11 (11, 22, 33). */
    private static int value(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        int v = 10 + (c - 'A');
        v += (v - 1) / 10; // each passed multiple of 11 shifts the rest up by one
        return v;
    }
}
